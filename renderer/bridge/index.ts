// The renderer's host: Electron's preload when it is there, the browser otherwise. Same contract.
import type { Bridge } from '../../shared/host/bridge';
import { webBridge } from './web';

export type { AppInfo, Bridge, HostResult, OpenFileRequest, PrintPdfRequest, SaveFileRequest } from '../../shared/host/bridge';

export function getBridge(): Bridge {
  return window.xinping ?? webBridge;
}
