// Chromium's PDF viewer in a hidden window does the rendering; webContents.print shows the system dialog.
import { BrowserWindow } from 'electron';
import { XinpingError } from '../../../shared/errors';
import { printFailedError } from '../../../shared/host/host-errors';
import { printWindowOptions } from '../window-options';

export async function printPdfInHiddenWindow(path: string, title: string): Promise<'printed' | 'cancelled'> {
  const window = new BrowserWindow(printWindowOptions(title));
  try {
    await window.loadFile(path);
    return await new Promise((resolve, reject) => {
      window.webContents.print({ silent: false, printBackground: true }, (isSuccess, failureReason) => {
        if (isSuccess) resolve('printed');
        else if (failureReason === 'cancelled') resolve('cancelled');
        else reject(new XinpingError(printFailedError(title, failureReason)));
      });
    });
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
