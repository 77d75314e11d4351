// Save and open through native dialogs, reading and writing with Node's fs.
import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { XinpingError } from '../../../shared/errors';
import type { HostParsedArgs, HostValue } from '../../../shared/host/bridge';
import { fileTooLargeError, notAFileError, readFailedError, writeFailedError } from '../../../shared/host/host-errors';
import { createLogger } from '../log';
import { describeFsError } from './fs-errors';

const log = createLogger('files');

export type DialogFilter = { name: string; extensions: string[] };
export type SaveDialog = (options: { defaultPath: string; filters: DialogFilter[] }) => Promise<{ canceled: boolean; filePath?: string }>;
export type OpenDialog = (options: { filters: DialogFilter[] }) => Promise<{ canceled: boolean; filePaths: string[] }>;

export type FileDeps = {
  readonly showSaveDialog: SaveDialog;
  readonly showOpenDialog: OpenDialog;
  /** Where the save dialog starts (the user's documents folder). */
  readonly defaultDirectory: string;
};

export function createSaveFile(deps: FileDeps): (args: HostParsedArgs<'saveFile'>) => Promise<HostValue<'saveFile'>> {
  return async ({ suggestedName, bytes, filters }) => {
    const choice = await deps.showSaveDialog({ defaultPath: join(deps.defaultDirectory, suggestedName), filters });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await writeFileAtomically(choice.filePath, bytes);
    return { status: 'saved', path: choice.filePath };
  };
}

export function createOpenFile(deps: FileDeps): (args: HostParsedArgs<'openFile'>) => Promise<HostValue<'openFile'>> {
  return async ({ filters, maxBytes }) => {
    const choice = await deps.showOpenDialog({ filters });
    const path = choice.filePaths[0];
    if (choice.canceled || path === undefined) return { status: 'cancelled' };
    return { status: 'opened', name: basename(path), bytes: await readLimited(path, maxBytes) };
  };
}

export async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch((error: unknown) => {
    throw new XinpingError(readFailedError(path, ...describeFsError(error)));
  });
  if (!info.isFile()) throw new XinpingError(notAFileError(path));
  if (info.size > maxBytes) throw new XinpingError(fileTooLargeError(path, info.size, maxBytes));
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new XinpingError(readFailedError(path, ...describeFsError(error)));
  });
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new XinpingError(fileTooLargeError(path, bytes.byteLength, maxBytes));
  // A plain Uint8Array over exactly these bytes: IPC would copy a pooled Buffer's whole backing store.
  const isExact = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength;
  return isExact ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : Uint8Array.from(bytes);
}

// Write beside the target, then rename over it: a full disk never leaves a half-written file behind.
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch((cleanupError: unknown) => log.warn('could not remove', temporary, cleanupError));
    throw new XinpingError(writeFailedError(path, ...describeFsError(error)));
  }
}
