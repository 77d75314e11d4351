import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpenFile, createSaveFile, type FileDeps, readLimited } from '../../../electron/main/ipc/files';
import { invokeChecked } from '../../../electron/main/ipc/handle';
import { createPrintPdf } from '../../../electron/main/ipc/print';
import { hostContract } from '../../../shared/host/bridge';
import { APP_INDEX_URL, app, mainFrameEvent, minimalPdf } from './fixtures';

vi.spyOn(console, 'warn').mockImplementation(() => undefined);
vi.spyOn(console, 'error').mockImplementation(() => undefined);

const fromApp = mainFrameEvent(APP_INDEX_URL);
let folder = '';

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'xinping-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function deps(overrides: Partial<FileDeps>): FileDeps {
  return {
    defaultDirectory: folder,
    showSaveDialog: () => Promise.reject(new Error('save dialog not expected')),
    showOpenDialog: () => Promise.reject(new Error('open dialog not expected')),
    ...overrides,
  };
}

describe('saveFile', () => {
  const request = { suggestedName: '结果表.xlsx', bytes: new Uint8Array([80, 75, 3, 4]), filters: [{ name: 'Excel', extensions: ['xlsx'] }] };

  it('suggests the name in the documents folder and writes where the user chose', async () => {
    const target = join(folder, '2015年第三批 结果表.xlsx');
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: target }));
    const result = await invokeChecked(fromApp, [request], app, hostContract.saveFile, createSaveFile(deps({ showSaveDialog })));
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: target } });
    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: join(folder, '结果表.xlsx'), filters: request.filters });
    expect(new Uint8Array(await readFile(target))).toEqual(request.bytes);
    expect(await readdir(folder)).toEqual(['2015年第三批 结果表.xlsx']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'a.xlsx');
    await writeFile(target, 'an older, longer version of the file');
    const save = createSaveFile(deps({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: target }) }));
    await invokeChecked(fromApp, [request], app, hostContract.saveFile, save);
    expect(new Uint8Array(await readFile(target))).toEqual(request.bytes);
  });

  it('writes nothing when the user cancels', async () => {
    const save = createSaveFile(deps({ showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }) }));
    const result = await invokeChecked(fromApp, [request], app, hostContract.saveFile, save);
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('names the file and the cause when the folder is gone, and leaves no temporary file', async () => {
    const target = join(folder, 'missing', 'a.xlsx');
    const save = createSaveFile(deps({ showSaveDialog: () => Promise.resolve({ canceled: false, filePath: target }) }));
    const result = await invokeChecked(fromApp, [request], app, hostContract.saveFile, save);
    expect(result).toMatchObject({ ok: false, error: { code: 'host.write-failed', at: { file: target } } });
    if (!result.ok) {
      expect(result.error.zh).toContain('文件或文件夹不存在');
      expect(result.error.en).toContain('does not exist');
    }
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('openFile', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const path = join(folder, '申报材料.csv');
    await writeFile(path, '企业名称,级别\n');
    const open = createOpenFile(deps({ showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [path] }) }));
    const result = await invokeChecked(fromApp, [{ filters: [], maxBytes: 1024 }], app, hostContract.openFile, open);
    expect(result).toEqual({ ok: true, value: { status: 'opened', name: '申报材料.csv', bytes: new Uint8Array(await readFile(path)) } });
  });

  it('reports a cancelled dialog as cancelled', async () => {
    const open = createOpenFile(deps({ showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) }));
    const result = await invokeChecked(fromApp, [{ filters: [], maxBytes: 1024 }], app, hostContract.openFile, open);
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('refuses a file over the limit, naming it and both sizes', async () => {
    const path = join(folder, 'big.xlsx');
    await writeFile(path, new Uint8Array(3 * 1024 * 1024));
    const open = createOpenFile(deps({ showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [path] }) }));
    const result = await invokeChecked(fromApp, [{ filters: [], maxBytes: 2 * 1024 * 1024 }], app, hostContract.openFile, open);
    expect(result).toMatchObject({ ok: false, error: { code: 'host.file-too-large', at: { file: path } } });
    if (!result.ok) {
      expect(result.error.zh).toContain('3.0 MB');
      expect(result.error.zh).toContain('2.0 MB');
      expect(result.error.en).toContain('more than the limit of 2.0 MB');
    }
  });
});

describe('readLimited', () => {
  it('reads a file exactly at the limit', async () => {
    const path = join(folder, 'exact.bin');
    await writeFile(path, new Uint8Array(100));
    await expect(readLimited(path, 100)).resolves.toHaveLength(100);
  });

  it.each([
    ['a folder', async (): Promise<string> => folder, 'host.not-a-file'],
    ['a missing file', async (): Promise<string> => join(folder, 'nope.csv'), 'host.read-failed'],
  ])('refuses %s', async (_name, makePath, code) => {
    await expect(readLimited(await makePath(), 100)).rejects.toMatchObject({ detail: { code } });
  });
});

describe('printPdf', () => {
  it('hands the printer a PDF file named after the title, then removes it', async () => {
    let printedPath = '';
    const printFile = vi.fn(async (path: string) => {
      printedPath = path;
      expect(await readFile(path, 'latin1')).toMatch(/^%PDF-/);
      return 'printed' as const;
    });
    const print = createPrintPdf({ tempDirectory: folder, printFile });
    const result = await invokeChecked(fromApp, [{ bytes: minimalPdf(), title: '公示通知 2015/第三批' }], app, hostContract.printPdf, print);
    expect(result).toEqual({ ok: true, value: { status: 'printed' } });
    expect(printedPath.endsWith('公示通知 2015_第三批.pdf')).toBe(true);
    expect(existsSync(printedPath)).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('cleans up and reports the failure when printing fails', async () => {
    const print = createPrintPdf({ tempDirectory: folder, printFile: () => Promise.reject(new Error('no printer')) });
    const result = await invokeChecked(fromApp, [{ bytes: minimalPdf(), title: '结果表' }], app, hostContract.printPdf, print);
    expect(result).toMatchObject({ ok: false, error: { code: 'host.failed' } });
    if (!result.ok) expect(result.error.en).toContain('no printer');
    expect(await readdir(folder)).toEqual([]);
  });
});
