// Shared fakes: the app's own origin and sender frames as Electron would report them.
import { pathToFileURL } from 'node:url';
import type { AppOrigin } from '../../../electron/main/app-origin';
import type { InvokeEventLike, SenderFrameLike } from '../../../electron/main/ipc/handle';

export const APP_INDEX_PATH = '/opt/xinping/out/renderer/index.html';
export const APP_INDEX_URL = pathToFileURL(APP_INDEX_PATH).href;
export const DEV_SERVER = 'http://localhost:5173';

export const app: AppOrigin = { indexUrl: APP_INDEX_URL, devServerOrigin: DEV_SERVER };
export const packagedApp: AppOrigin = { indexUrl: APP_INDEX_URL };

export function mainFrameEvent(url: string): InvokeEventLike {
  return { senderFrame: { url, parent: null } };
}

export function subFrameEvent(url: string): InvokeEventLike {
  const parent: SenderFrameLike = { url: APP_INDEX_URL, parent: null };
  return { senderFrame: { url, parent } };
}

export const minimalPdf = (): Uint8Array => new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
