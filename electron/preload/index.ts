// The renderer's only door to the host: narrow verbs over the contract channels. ipcRenderer itself
// never crosses the context bridge. Bundled as CommonJS (out/preload/index.cjs) so the sandbox stays on.
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge, HostChannelName, HostResult } from '../../shared/host/bridge';
import { hostChannelNames } from '../../shared/host/channels';

function invoke<K extends HostChannelName>(name: K, ...args: readonly unknown[]): Promise<HostResult<K>> {
  return ipcRenderer.invoke(hostChannelNames[name], ...args);
}

const bridge = {
  saveFile: (request) => invoke('saveFile', request),
  openFile: (request) => invoke('openFile', request),
  printPdf: (request) => invoke('printPdf', request),
  appInfo: () => invoke('appInfo'),
  openExternal: (request) => invoke('openExternal', request),
} satisfies Bridge;

contextBridge.exposeInMainWorld('xinping', bridge);
