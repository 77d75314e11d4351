// Node file-system error codes, in words a reviewer at an association understands.
const REASONS: Record<string, readonly [zh: string, en: string]> = {
  ENOSPC: ['磁盘空间不足', 'the disk is full'],
  EDQUOT: ['磁盘配额已用完', 'the disk quota is used up'],
  EACCES: ['没有访问权限', 'permission denied'],
  EPERM: ['没有权限，或文件正被其他程序占用', 'permission denied, or the file is open in another program'],
  EBUSY: ['文件正被其他程序占用', 'the file is in use by another program'],
  EROFS: ['磁盘为只读', 'the disk is read-only'],
  ENOENT: ['文件或文件夹不存在', 'the file or folder does not exist'],
  EISDIR: ['这是一个文件夹', 'it is a folder'],
  ENAMETOOLONG: ['路径过长', 'the path is too long'],
  EIO: ['磁盘读写错误', 'a disk input/output error occurred'],
};

export function describeFsError(error: unknown): readonly [zh: string, en: string] {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return [`系统错误：${message}`, `system error: ${message}`];
}
