// Electron's real dialogs, shell and paths behind the HostDeps the IPC handlers take.
import { app, type BrowserWindow, dialog, shell } from 'electron';
import type { HostDeps } from './ipc/register';
import { printPdfInHiddenWindow } from './ipc/print-window';

export function electronHostDeps(getWindow: () => BrowserWindow | undefined): HostDeps {
  return {
    defaultDirectory: app.getPath('documents'),
    showSaveDialog: (options) => {
      const window = getWindow();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (options) => {
      const window = getWindow();
      const withProperties = { ...options, properties: ['openFile' as const] };
      return window ? dialog.showOpenDialog(window, withProperties) : dialog.showOpenDialog(withProperties);
    },
    tempDirectory: app.getPath('temp'),
    printFile: printPdfInHiddenWindow,
    version: app.getVersion(),
    platform: process.platform,
    openExternal: (url) => shell.openExternal(url),
  };
}
