// The web fallback honours the same contract and the same link policy as Electron's main process.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { webBridge } from '../../../renderer/bridge/web';
import { minimalPdf } from './fixtures';

type Listener = () => void;

function fakeDocument(file: { name: string; size: number } | undefined): { read: ReturnType<typeof vi.fn> } {
  const read = vi.fn(() => Promise.resolve(new ArrayBuffer(file?.size ?? 0)));
  const listeners = new Map<string, Listener>();
  const input = {
    type: '',
    accept: '',
    style: { display: '' },
    files: file ? [{ ...file, arrayBuffer: read }] : [],
    addEventListener: (name: string, listener: Listener) => listeners.set(name, listener),
    click: () => listeners.get(file ? 'change' : 'cancel')?.(),
    remove: () => undefined,
  };
  vi.stubGlobal('document', { createElement: () => input, body: { append: () => undefined } });
  return { read };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('webBridge', () => {
  it('opens an allowed link in a new tab with no opener', async () => {
    const open = vi.fn(() => null);
    vi.stubGlobal('window', { open });
    await expect(webBridge.openExternal({ url: 'https://www.cqia.org.cn' })).resolves.toEqual({ ok: true, value: { status: 'opened' } });
    expect(open).toHaveBeenCalledWith('https://www.cqia.org.cn/', '_blank', 'noopener,noreferrer');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.com'])('refuses to open %s', async (url) => {
    const open = vi.fn(() => null);
    vi.stubGlobal('window', { open });
    const result = await webBridge.openExternal({ url });
    expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^host\.external-url\./) } });
    expect(open).not.toHaveBeenCalled();
  });

  it('rejects a save with a path for a name before touching the page', async () => {
    const result = await webBridge.saveFile({ suggestedName: '../secret.txt', bytes: new Uint8Array([1]), filters: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.invalid-argument', at: { path: 'suggestedName' } } });
  });

  it('refuses an oversized file without reading it', async () => {
    const { read } = fakeDocument({ name: '申报材料.xlsx', size: 3 * 1024 * 1024 });
    const result = await webBridge.openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }], maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.file-too-large', at: { file: '申报材料.xlsx' } } });
    if (!result.ok) expect(result.error.zh).toContain('超过上限 1.0 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a file within the limit', async () => {
    fakeDocument({ name: 'a.csv', size: 4 });
    const result = await webBridge.openFile({ filters: [], maxBytes: 10 });
    expect(result).toEqual({ ok: true, value: { status: 'opened', name: 'a.csv', bytes: new Uint8Array(4) } });
  });

  it('reports a closed picker as cancelled', async () => {
    fakeDocument(undefined);
    await expect(webBridge.openFile({ filters: [], maxBytes: 10 })).resolves.toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('says so when the browser blocks the print tab', async () => {
    vi.stubGlobal('window', { open: () => null });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:nodedata:print');
    const result = await webBridge.printPdf({ bytes: minimalPdf(), title: '公示通知' });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.popup-blocked' } });
  });

  it('prints by opening the PDF in a new tab for the browser viewer, with no way back to the app', async () => {
    const tab: { opener: unknown } = { opener: 'the app' };
    const open = vi.fn(() => tab);
    vi.stubGlobal('window', { open });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:nodedata:print');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const result = await webBridge.printPdf({ bytes: minimalPdf(), title: '公示通知' });
    expect(result).toEqual({ ok: true, value: { status: 'previewed' } });
    expect(open).toHaveBeenCalledWith('blob:nodedata:print', '_blank');
    const [blob] = createObjectURL.mock.calls[0] ?? [];
    expect(blob).toBeInstanceOf(Blob);
    expect((blob as Blob).type).toBe('application/pdf');
    expect(tab.opener).toBeNull();
  });

  it('refuses to print bytes that are not a PDF, before opening anything', async () => {
    const open = vi.fn(() => ({ opener: null }));
    vi.stubGlobal('window', { open });
    const result = await webBridge.printPdf({ bytes: new TextEncoder().encode('<html>'), title: '公示通知' });
    expect(result).toMatchObject({ ok: false, error: { code: 'host.invalid-argument' } });
    expect(open).not.toHaveBeenCalled();
  });

  it('reports the web host in app info', async () => {
    vi.stubGlobal('navigator', { platform: 'Win32' });
    await expect(webBridge.appInfo()).resolves.toMatchObject({ ok: true, value: { name: '信评 Xinping', host: 'web', platform: 'win32' } });
  });
});
