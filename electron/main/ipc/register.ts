// Every channel of the host contract, registered through handle() and nothing else.
import { XinpingError } from '../../../shared/errors';
import { APP_NAME, hostContract } from '../../../shared/host/bridge';
import type { AppOrigin } from '../app-origin';
import { type OpenExternal, openExternalLink } from '../external-links';
import { createOpenFile, createSaveFile, type FileDeps } from './files';
import { handle, type IpcMainLike } from './handle';
import { createPrintPdf, type PrintDeps } from './print';

export type HostDeps = FileDeps &
  PrintDeps & {
    readonly version: string;
    readonly platform: string;
    readonly openExternal: OpenExternal;
  };

export function registerHostHandlers(ipcMain: IpcMainLike, app: AppOrigin, deps: HostDeps): void {
  handle(ipcMain, app, hostContract.saveFile, createSaveFile(deps));
  handle(ipcMain, app, hostContract.openFile, createOpenFile(deps));
  handle(ipcMain, app, hostContract.printPdf, createPrintPdf(deps));
  handle(ipcMain, app, hostContract.appInfo, () => ({
    name: APP_NAME,
    version: deps.version,
    platform: deps.platform,
    host: 'electron',
  }));
  handle(ipcMain, app, hostContract.openExternal, async ({ url }) => {
    const opened = await openExternalLink(url, deps.openExternal);
    if (!opened.ok) throw new XinpingError(opened.error);
    return { status: 'opened' };
  });
}
