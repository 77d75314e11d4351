// The desktop shell end to end: the real Electron binary on the built app. Skips where none is installed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, expect, test } from '@playwright/test';

function electronBinary(): string | undefined {
  try {
    // node_modules/electron/index.js exports the executable's path, or throws when it was never downloaded.
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const MAIN_ENTRY = resolve('out/main/index.js');

test.describe('Electron shell', () => {
  test.skip(binary === undefined, 'Electron binary not installed (no network here); run npm start on a machine with it');
  test.skip(!existsSync(MAIN_ENTRY), 'out/main/index.js missing: run npm run build first');

  let app: ElectronApplication;

  test.beforeAll(async () => {
    app = await electron.launch({ executablePath: binary, args: [MAIN_ENTRY] });
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one locked-down window on the app with the narrow bridge', async () => {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/信评/);
    await page.screenshot({ path: 'test-results/electron-main-window.png' });

    const exposed = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return {
        verbs: Object.keys(window.xinping ?? {}).sort(),
        hasRequire: typeof scope.require !== 'undefined',
        hasProcess: typeof scope.process !== 'undefined',
        hasIpcRenderer: typeof scope.ipcRenderer !== 'undefined',
      };
    });
    expect(exposed).toEqual({
      verbs: ['appInfo', 'openExternal', 'openFile', 'printPdf', 'saveFile'],
      hasRequire: false,
      hasProcess: false,
      hasIpcRenderer: false,
    });
  });

  test('answers app info over IPC as the Electron host', async () => {
    const page = await app.firstWindow();
    const info = await page.evaluate(() => window.xinping?.appInfo());
    expect(info).toMatchObject({ ok: true, value: { name: '信评 Xinping', host: 'electron' } });
  });

  test('refuses a javascript: link and opens no new window', async () => {
    const page = await app.firstWindow();
    const refused = await page.evaluate(() => window.xinping?.openExternal({ url: 'javascript:alert(1)' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'host.external-url.scheme' } });
    const opened = await page.evaluate(() => window.open('about:blank') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
