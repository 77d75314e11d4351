import { describe, expect, it, vi } from 'vitest';
import type { InvokeEventLike, IpcMainLike } from '../../../electron/main/ipc/handle';
import { type HostDeps, registerHostHandlers } from '../../../electron/main/ipc/register';
import { hostChannelNames } from '../../../shared/host/bridge';
import { APP_INDEX_URL, app, mainFrameEvent } from './fixtures';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function register(overrides: Partial<HostDeps> = {}): Map<string, Listener> {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      expect(listeners.has(channel)).toBe(false);
      listeners.set(channel, listener);
    },
  };
  registerHostHandlers(ipcMain, app, {
    defaultDirectory: '/home/reviewer/Documents',
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    tempDirectory: '/tmp',
    printFile: () => Promise.resolve('cancelled'),
    version: '0.1.0',
    platform: 'win32',
    openExternal: () => Promise.resolve(),
    ...overrides,
  });
  return listeners;
}

const fromApp = mainFrameEvent(APP_INDEX_URL);

describe('registerHostHandlers', () => {
  it('registers every channel of the contract, once', () => {
    expect([...register().keys()].sort()).toEqual(Object.values(hostChannelNames).sort());
  });

  it('reports the Electron host in app info', async () => {
    const appInfo = register().get(hostChannelNames.appInfo);
    await expect(appInfo?.(fromApp)).resolves.toEqual({
      ok: true,
      value: { name: '信评 Xinping', version: '0.1.0', platform: 'win32', host: 'electron' },
    });
  });

  it('opens an https link in the browser, normalised', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const listener = register({ openExternal }).get(hostChannelNames.openExternal);
    await expect(listener?.(fromApp, { url: 'HTTPS://WWW.CQIA.ORG.CN' })).resolves.toEqual({ ok: true, value: { status: 'opened' } });
    expect(openExternal).toHaveBeenCalledWith('https://www.cqia.org.cn/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', 'http://user:pass@x/'])(
    'never hands %s to the shell',
    async (url) => {
      const openExternal = vi.fn(() => Promise.resolve());
      const listener = register({ openExternal }).get(hostChannelNames.openExternal);
      const result = await listener?.(fromApp, { url });
      expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^host\.external-url\./) } });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('reports a shell failure instead of throwing', async () => {
    const listener = register({ openExternal: () => Promise.reject(new Error('no default browser')) }).get(hostChannelNames.openExternal);
    const result = await listener?.(fromApp, { url: 'https://example.com/' });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.failed' } });
  });
});
