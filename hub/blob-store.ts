// Entry bytes on disk, named by their SHA-256 (blobs/ab/abcdef…). A blob appears only after its
// bytes were hashed and checked, by an atomic rename; a hub killed mid-upload leaves only a temp
// file, removed at the next start. An upload is acknowledged only once its blobs are on disk
// (fsync, unless turned off for throwaway test hubs).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export type PutOutcome =
  | { readonly kind: 'stored'; readonly size: number; readonly isNew: boolean }
  | { readonly kind: 'hash-mismatch'; readonly actual: string }
  | { readonly kind: 'too-large'; readonly limit: number };

export type BlobStore = {
  /** Size of the stored blob, if present. */
  size(sha256: string): Promise<number | undefined>;
  put(sha256: string, body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<PutOutcome>;
  /** A small blob already in memory (from a pack): fewer system calls than put(). */
  putBytes(sha256: string, bytes: Uint8Array): PutOutcome;
  /** Flushes these blobs to disk (skipping those this process flushed already); with `isFinal`, also every folder a blob was renamed into since the last final sync. */
  sync(sha256s: readonly string[], isFinal?: boolean): Promise<void>;
  read(sha256: string): Promise<Uint8Array>;
  /** Size and SHA-256 of the stored bytes are right: hashed on upload by this process, else re-read now. */
  isIntact(sha256: string, size: number): Promise<boolean>;
  remove(sha256: string): Promise<void>;
};

async function flush(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function fileBlobStore(dir: string, isFsync = true): BlobStore {
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  for (const leftover of readdirSync(tmp)) rmSync(join(tmp, leftover), { force: true });
  const pathOf = (sha: string): string => join(dir, sha.slice(0, 2), sha);
  const folders = new Set<string>();
  // Folders with renames not yet flushed (a rename is durable once its folder is).
  const dirtyFolders = new Set<string>();
  // Blobs this process hashed on the way in: a commit need not read them again.
  const verified = new Set<string>();
  // Blobs this process flushed: a commit need not flush them again.
  const durable = new Set<string>();
  const remember = (set: Set<string>, sha: string): void => {
    if (set.size > 1_000_000) set.clear();
    set.add(sha);
  };

  const size = async (sha: string): Promise<number | undefined> => {
    try {
      return (await stat(pathOf(sha))).size;
    } catch {
      return undefined;
    }
  };

  const store = async (sha: string, temp: string): Promise<boolean> => {
    const isNew = !existsSync(pathOf(sha));
    const folder = sha.slice(0, 2);
    if (!folders.has(folder)) {
      mkdirSync(join(dir, folder), { recursive: true });
      folders.add(folder);
    }
    await rename(temp, pathOf(sha));
    remember(verified, sha);
    return isNew;
  };

  return {
    size,
    async put(sha, body, maxBytes) {
      const temp = join(tmp, `${sha}.${randomBytes(6).toString('hex')}`);
      const file = await open(temp, 'wx');
      const hash = createHash('sha256');
      let written = 0;
      let isOpen = true;
      let isKept = false;
      try {
        for await (const chunk of body) {
          written += chunk.length;
          if (written > maxBytes) return { kind: 'too-large', limit: maxBytes };
          hash.update(chunk);
          await file.write(chunk);
        }
        const actual = hash.digest('hex');
        if (actual !== sha) return { kind: 'hash-mismatch', actual };
        if (isFsync) await file.sync();
        isOpen = false;
        await file.close();
        const isNew = await store(sha, temp);
        if (isFsync) await flush(join(dir, sha.slice(0, 2)));
        remember(durable, sha);
        isKept = true;
        return { kind: 'stored', size: written, isNew };
      } finally {
        if (isOpen) await file.close().catch(() => undefined);
        if (!isKept) await unlink(temp).catch(() => undefined);
      }
    },
    putBytes(sha, bytes) {
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== sha) return { kind: 'hash-mismatch', actual };
      const temp = join(tmp, `${sha}.${randomBytes(6).toString('hex')}`);
      writeFileSync(temp, bytes, { flag: 'wx' });
      const isNew = !existsSync(pathOf(sha));
      const folder = sha.slice(0, 2);
      if (!folders.has(folder)) {
        mkdirSync(join(dir, folder), { recursive: true });
        folders.add(folder);
      }
      renameSync(temp, pathOf(sha));
      dirtyFolders.add(folder);
      remember(verified, sha);
      durable.delete(sha);
      return { kind: 'stored', size: bytes.length, isNew };
    },
    async sync(shas, isFinal = false) {
      const pending = [...new Set(shas)].filter((sha) => !durable.has(sha));
      const folderPaths = isFinal ? [...dirtyFolders].map((f) => join(dir, f)) : [];
      if (isFinal) dirtyFolders.clear();
      if (isFsync) {
        const paths = [...pending.map(pathOf), ...folderPaths];
        // Many at once: the file system folds concurrent flushes into few journal commits.
        for (let i = 0; i < paths.length; i += 64) await Promise.all(paths.slice(i, i + 64).map(flush));
      }
      for (const sha of pending) remember(durable, sha);
    },
    async read(sha) {
      return new Uint8Array(await readFile(pathOf(sha)));
    },
    async isIntact(sha, expected) {
      if (verified.has(sha)) return (await size(sha)) === expected;
      try {
        const bytes = await readFile(pathOf(sha));
        const isSound = bytes.length === expected && createHash('sha256').update(bytes).digest('hex') === sha;
        if (isSound) verified.add(sha);
        return isSound;
      } catch {
        return false;
      }
    },
    async remove(sha) {
      verified.delete(sha);
      durable.delete(sha);
      await unlink(pathOf(sha)).catch(() => undefined);
    },
  };
}
