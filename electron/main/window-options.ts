// The only place BrowserWindow options are decided, so the security settings can be asserted in tests.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_NAME } from '../../shared/host/bridge';

// Electron security checklist: isolate, sandbox, no Node in any frame, no webviews, no mixed content.
const LOCKED_DOWN: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  webviewTag: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
};

export function mainWindowOptions(options: { readonly preloadPath: string }): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...LOCKED_DOWN, preload: options.preloadPath, spellcheck: false },
  };
}

/** The hidden window that hosts Chromium's PDF viewer while a document prints; it gets no preload. */
export function printWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    title,
    show: false,
    width: 800,
    height: 1000,
    webPreferences: { ...LOCKED_DOWN, plugins: true },
  };
}
