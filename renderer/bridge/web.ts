// The bridge in a plain browser: downloads instead of save dialogs, a file input instead of the
// open dialog, the browser's PDF viewer for printing. Same contract, same checks, same errors.
import { XinpingError } from '../../shared/errors';
import { APP_NAME, type Bridge, hostContract } from '../../shared/host/bridge';
import { checkExternalUrl } from '../../shared/host/external-url';
import { fileTooLargeError, popupBlockedError } from '../../shared/host/host-errors';
import { runVerb } from '../../shared/host/run-verb';
import { version } from '../../package.json';
import { downloadBytes, pickFile, temporaryObjectUrl } from './web-files';

export const webBridge: Bridge = {
  saveFile: (request) =>
    runVerb(hostContract.saveFile, request, ({ bytes, suggestedName }) => {
      downloadBytes(bytes, suggestedName);
      return { status: 'saved', path: suggestedName };
    }),

  openFile: (request) =>
    runVerb(hostContract.openFile, request, async ({ filters, maxBytes }) => {
      const picked = await pickFile(filters);
      if (!picked) return { status: 'cancelled' };
      // Checked before reading, so an oversized file is never loaded into memory.
      if (picked.size > maxBytes) throw new XinpingError(fileTooLargeError(picked.name, picked.size, maxBytes));
      return { status: 'opened', name: picked.name, bytes: await picked.read() };
    }),

  printPdf: (request) =>
    runVerb(hostContract.printPdf, request, ({ bytes, title }) => {
      // Not `noopener`: the returned window is how a blocked pop-up is detected; the tab holds our own PDF.
      const tab = window.open(temporaryObjectUrl(bytes, 'application/pdf'), '_blank');
      if (!tab) throw new XinpingError(popupBlockedError(`“${title}” / "${title}"`));
      tab.opener = null;
      return { status: 'previewed' };
    }),

  appInfo: () =>
    runVerb(hostContract.appInfo, undefined, () => ({ name: APP_NAME, version, platform: webPlatform(), host: 'web' })),

  openExternal: (request) =>
    runVerb(hostContract.openExternal, request, ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) throw new XinpingError(checked.error);
      // With noopener the browser returns null whether or not it opened the tab, so nothing to check.
      window.open(checked.value, '_blank', 'noopener,noreferrer');
      return { status: 'opened' };
    }),
};

// Node's names, so Electron and the web build report the platform alike.
function webPlatform(): string {
  const platform = navigator.platform.toLowerCase();
  if (platform.startsWith('win')) return 'win32';
  if (platform.startsWith('mac')) return 'darwin';
  if (platform.startsWith('linux')) return 'linux';
  return platform || 'unknown';
}
