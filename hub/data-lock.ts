// PGlite is one process's database: a second process opening the same directory would corrupt
// it. The lock file holds the owner's pid; a lock left by a dead process (kill -9) is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type DataLock = { release(): void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirBusyError extends Error {
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(`the data directory ${dir} is in use by process ${pid} (stop the hub first, or use DATABASE_URL) / 数据目录 ${dir} 正被进程 ${pid} 使用（请先停止评价中心服务，或改用 DATABASE_URL）`);
    this.name = 'DataDirBusyError';
    this.pid = pid;
  }
}

export function lockDataDir(dir: string): DataLock {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'hub.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return { release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirBusyError(dir, pid);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}
