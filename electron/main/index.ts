// Electron main process: one locked-down window on the app's own index.html, and the host bridge.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { APP_NAME } from '../../shared/host/bridge';
import type { AppOrigin } from './app-origin';
import { openExternalLink } from './external-links';
import { electronHostDeps } from './host-deps';
import { registerHostHandlers } from './ipc/register';
import { createLogger } from './log';
import { menuTemplate } from './menu';
import { guardNavigation } from './navigation';
import { hardenSession } from './security/session';
import { mainWindowOptions } from './window-options';

const log = createLogger('main');

// out/main/index.js sits beside out/preload and out/renderer.
const outDirectory = join(import.meta.dirname, '..');
const indexHtml = join(outDirectory, 'renderer', 'index.html');
const preloadPath = join(outDirectory, 'preload', 'index.cjs');
// `electron-vite dev` serves the renderer; a packaged app never trusts this variable.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

const appOrigin: AppOrigin = { indexUrl: pathToFileURL(indexHtml).href, devServerOrigin: devServerUrl };

let mainWindow: BrowserWindow | undefined;

function openExternally(url: string): void {
  void openExternalLink(url, (checked) => shell.openExternal(checked)).then((result) => {
    if (!result.ok) log.warn('did not open link', result.error.code);
  });
}

function showAbout(): void {
  const options = { type: 'info' as const, title: APP_NAME, message: APP_NAME, detail: `版本 Version ${app.getVersion()}` };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function createMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions({ preloadPath }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  const loading = devServerUrl ? window.loadURL(devServerUrl) : window.loadFile(indexHtml);
  loading.catch((error: unknown) => log.error('could not load the renderer', error));
}

function start(): void {
  app.enableSandbox();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every web contents, including the hidden print windows, stays inside the app.
  app.on('web-contents-created', (_event, contents) => {
    guardNavigation(contents, appOrigin, openExternally);
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, appOrigin);
      registerHostHandlers(ipcMain, appOrigin, electronHostDeps(() => mainWindow));
      const isDevelopment = !app.isPackaged;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isDevelopment, onAbout: showAbout })),
      );
      createMainWindow();
    })
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      app.quit();
    });
}

// A second launch focuses the running window instead of opening another database connection.
if (app.requestSingleInstanceLock()) start();
else app.quit();
