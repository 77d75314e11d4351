// The hub as a separate process (node + tsx, one process so SIGKILL really kills it), started
// on a given data directory; resolves once it prints its "listening" line.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type ChildHub = { readonly url: string; readonly pid: number; kill9(): Promise<void>; stop(): Promise<void> };

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
}

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export async function startChildHub(dataDir: string, env: Readonly<Record<string, string>> = {}, nodeArgs: readonly string[] = []): Promise<ChildHub> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', MAIN], {
    env: { ...process.env, HUB_DATA_DIR: dataDir, HUB_PORT: '0', HUB_HOST: '127.0.0.1', HUB_LOG: 'quiet', HUB_FSYNC: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (!child.stdout) throw new Error('no stdout from the hub process');
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      const event = JSON.parse(line) as { event?: string; url?: string };
      if (event.event === 'listening' && event.url) resolve(event.url);
    });
    child.once('exit', (code) => reject(new Error(`hub exited (${String(code)}) before listening:\n${stderr}`)));
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
