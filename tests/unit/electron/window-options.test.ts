import { describe, expect, it } from 'vitest';
import { mainWindowOptions, printWindowOptions } from '../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preloadPath: '/opt/xinping/out/preload/index.cjs' });
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInSubFrames', false],
    ['nodeIntegrationInWorker', false],
    ['webSecurity', true],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
  ] as const)('sets %s to %s', (name, expected) => {
    expect(web[name]).toBe(expected);
  });

  it('loads the CommonJS preload it is given', () => {
    expect(web.preload).toBe('/opt/xinping/out/preload/index.cjs');
  });

  it('stays hidden until the renderer is ready to show', () => {
    expect(options.show).toBe(false);
  });
});

describe('printWindowOptions', () => {
  const options = printWindowOptions('2015年第三批 公示通知');
  const web = options.webPreferences ?? {};

  it('is hidden, sandboxed and isolated, with no preload and no Node', () => {
    expect(options.show).toBe(false);
    expect(web).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(web.preload).toBeUndefined();
  });

  it('enables the plugin that renders PDFs', () => {
    expect(web.plugins).toBe(true);
  });
});
