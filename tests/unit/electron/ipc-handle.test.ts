import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { handle, type InvokeEventLike, invokeChecked, type IpcMainLike } from '../../../electron/main/ipc/handle';
import { userError, XinpingError } from '../../../shared/errors';
import { hostContract, MAX_TRANSFER_BYTES, type SaveFileValue } from '../../../shared/host/bridge';
import { APP_INDEX_URL, app, mainFrameEvent, minimalPdf, subFrameEvent } from './fixtures';

vi.spyOn(console, 'warn').mockImplementation(() => undefined);
vi.spyOn(console, 'error').mockImplementation(() => undefined);

const fromApp = mainFrameEvent(`${APP_INDEX_URL}#/notices`);
const goodSave = { suggestedName: '2015年第三批公示.pdf', bytes: new Uint8Array([1, 2, 3]), filters: [{ name: 'PDF', extensions: ['pdf'] }] };

function saveHandler() {
  return vi.fn((): SaveFileValue => ({ status: 'saved', path: '/home/reviewer/公示.pdf' }));
}

describe('handle() sender checks', () => {
  it('answers the app page with ok and the value', async () => {
    const handler = saveHandler();
    const result = await invokeChecked(fromApp, [goodSave], app, hostContract.saveFile, handler);
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: '/home/reviewer/公示.pdf' } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('accepts the dev server origin it was configured with', async () => {
    const result = await invokeChecked(mainFrameEvent('http://localhost:5173/#/'), [goodSave], app, hostContract.saveFile, saveHandler());
    expect(result.ok).toBe(true);
  });

  const frameGone: InvokeEventLike = {
    get senderFrame(): never {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    },
  };

  it.each<[string, InvokeEventLike]>([
    ['a foreign https origin', mainFrameEvent('https://evil.example/')],
    ['a look-alike dev server port', mainFrameEvent('http://localhost:5174/')],
    ['a file outside the app', mainFrameEvent('file:///etc/passwd')],
    ['another file in the renderer folder', mainFrameEvent('file:///opt/xinping/out/renderer/upload.html')],
    ['a path that climbs out of the app', mainFrameEvent('file:///opt/xinping/out/renderer/../../../tmp/index.html')],
    ['a file on another host', mainFrameEvent('file://fileserver/opt/xinping/out/renderer/index.html')],
    ['a data: page', mainFrameEvent('data:text/html,<script>1</script>')],
    ['about:blank', mainFrameEvent('about:blank')],
    ['a null senderFrame', { senderFrame: null }],
    ['a missing senderFrame', { senderFrame: undefined }],
    ['a sub-frame of the app, even at the app URL', subFrameEvent(APP_INDEX_URL)],
    ['a frame that is already gone', frameGone],
  ])('refuses %s without running the handler', async (_name, event) => {
    const handler = saveHandler();
    const result = await invokeChecked(event, [goodSave], app, hostContract.saveFile, handler);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('host.sender-rejected');
      expect(result.error.zh).toContain('已拒绝');
      expect(result.error.en).toContain('refused');
    }
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('handle() argument parsing', () => {
  const withProto = JSON.parse(
    '{"suggestedName":"a.pdf","bytes":null,"filters":[],"__proto__":{"isAdmin":true}}',
  ) as Record<string, unknown>;
  withProto.bytes = new Uint8Array([1]);

  it.each<[string, string, keyof typeof hostContract, readonly unknown[]]>([
    ['bytes as a plain array', 'bytes', 'saveFile', [{ ...goodSave, bytes: [1, 2, 3] }]],
    ['bytes as a string', 'bytes', 'saveFile', [{ ...goodSave, bytes: 'AQID' }]],
    ['a missing file name', 'suggestedName', 'saveFile', [{ bytes: goodSave.bytes, filters: [] }]],
    ['a file name with folders', 'suggestedName', 'saveFile', [{ ...goodSave, suggestedName: '../../.bashrc' }]],
    ['a Windows path as the name', 'suggestedName', 'saveFile', [{ ...goodSave, suggestedName: 'C:\\Windows\\win.ini' }]],
    ['a name with a control character', 'suggestedName', 'saveFile', [{ ...goodSave, suggestedName: 'a\u0000.pdf' }]],
    ['an extension with a dot', 'filters[0].extensions[0]', 'saveFile', [{ ...goodSave, filters: [{ name: 'PDF', extensions: ['.pdf'] }] }]],
    ['an unknown key', '', 'saveFile', [{ ...goodSave, overwrite: true }]],
    ['a __proto__ key', '', 'saveFile', [withProto]],
    ['a constructor key', '', 'saveFile', [{ ...goodSave, constructor: { prototype: { polluted: true } } }]],
    ['no argument at all', '', 'saveFile', []],
    ['a second argument', '', 'saveFile', [goodSave, { extra: true }]],
    ['a negative size limit', 'maxBytes', 'openFile', [{ filters: [], maxBytes: -1 }]],
    ['a fractional size limit', 'maxBytes', 'openFile', [{ filters: [], maxBytes: 1.5 }]],
    ['an infinite size limit', 'maxBytes', 'openFile', [{ filters: [], maxBytes: Number.POSITIVE_INFINITY }]],
    ['a size limit above the bridge cap', 'maxBytes', 'openFile', [{ filters: [], maxBytes: MAX_TRANSFER_BYTES + 1 }]],
    ['a size limit as a string', 'maxBytes', 'openFile', [{ filters: [], maxBytes: '1000' }]],
    ['bytes that are not a PDF', 'bytes', 'printPdf', [{ bytes: new TextEncoder().encode('<html>'), title: '公示' }]],
    ['an empty print title', 'title', 'printPdf', [{ bytes: minimalPdf(), title: '' }]],
    ['an argument to appInfo', '', 'appInfo', [{}]],
    ['a url that is not a string', 'url', 'openExternal', [{ url: { href: 'https://x' } }]],
  ])('rejects %s', async (_name, path, channel, args) => {
    const handler = vi.fn();
    const contract = hostContract[channel];
    const result = await invokeChecked(fromApp, args, app, contract, handler);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('host.invalid-argument');
      expect(result.error.zh).toContain(contract.channel);
      expect(result.error.en).toContain(contract.channel);
      expect(result.error.at?.path ?? '').toBe(path);
    }
    expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('rejects bytes over the transfer cap, in both languages', async () => {
    const handler = vi.fn();
    const huge = new Uint8Array(MAX_TRANSFER_BYTES + 1);
    const result = await invokeChecked(fromApp, [{ ...goodSave, bytes: huge }], app, hostContract.saveFile, handler);
    expect(result).toMatchObject({ ok: false, error: { code: 'host.invalid-argument', at: { path: 'bytes' } } });
    if (!result.ok) {
      expect(result.error.zh).toContain('256.0 MB');
      expect(result.error.en).toContain('larger than 256.0 MB');
    }
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('handle() failures', () => {
  it('turns a thrown error into ok:false naming the channel and the cause', async () => {
    const result = await invokeChecked(fromApp, [goodSave], app, hostContract.saveFile, () => {
      throw new Error('EIO: disk on fire');
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.failed' } });
    if (!result.ok) {
      expect(result.error.en).toContain('xinping:save-file');
      expect(result.error.en).toContain('disk on fire');
      expect(result.error.zh).toContain('执行失败');
    }
  });

  it('passes a UserError through unchanged', async () => {
    const detail = userError('host.file-too-large', '文件太大', 'The file is too large', { file: 'a.xlsx' });
    const result = await invokeChecked(fromApp, [goodSave], app, hostContract.saveFile, async () => {
      throw new XinpingError(detail);
    });
    expect(result).toEqual({ ok: false, error: detail });
  });

  it('survives a thrown non-Error', async () => {
    const result = await invokeChecked(fromApp, [goodSave], app, hostContract.saveFile, () => {
      // Handlers can throw anything, not only Errors.
      throw 'plain string';
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.failed' } });
  });

  it('refuses to hand back a value outside the contract', async () => {
    const contract = { channel: 'test:leaky', args: z.undefined(), result: z.strictObject({ status: z.literal('ok') }) };
    const leaky = vi.fn(() => ({ status: 'ok', secret: 'key material' }) as unknown as { status: 'ok' });
    const result = await invokeChecked(fromApp, [], app, contract, leaky);
    expect(result).toMatchObject({ ok: false, error: { code: 'host.failed' } });
  });
});

describe('handle() registration', () => {
  it('registers on the contract channel and answers through ipcMain', async () => {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    handle(ipcMain, app, hostContract.appInfo, () => ({ name: 'x', version: '1', platform: 'linux', host: 'electron' }));
    const listener = listeners.get('xinping:app-info');
    expect(listener).toBeDefined();
    await expect(listener?.(fromApp)).resolves.toMatchObject({ ok: true, value: { host: 'electron' } });
    await expect(listener?.(mainFrameEvent('https://evil.example/'))).resolves.toMatchObject({ ok: false });
  });
});
