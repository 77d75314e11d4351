// IPC channel names, apart from the schemas so the sandboxed preload bundles no zod.
export const hostChannelNames = {
  saveFile: 'xinping:save-file',
  openFile: 'xinping:open-file',
  printPdf: 'xinping:print-pdf',
  appInfo: 'xinping:app-info',
  openExternal: 'xinping:open-external',
} as const;

export type HostChannelName = keyof typeof hostChannelNames;
