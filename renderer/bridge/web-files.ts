// Browser stand-ins for native dialogs: a download link to save, a hidden file input to open.
export type WebFileFilter = { readonly name: string; readonly extensions: readonly string[] };

// Long enough for the browser to start the download or open the tab, short enough not to leak.
const BLOB_URL_LIFETIME_MS = 60_000;

export function temporaryObjectUrl(bytes: Uint8Array, type: string): string {
  // Copy into a plain ArrayBuffer: Blob refuses views over a SharedArrayBuffer.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
  return url;
}

export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const link = document.createElement('a');
  link.href = temporaryObjectUrl(bytes, 'application/octet-stream');
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

export function acceptAttribute(filters: readonly WebFileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  return extensions.includes('*') ? '' : extensions.map((extension) => `.${extension}`).join(',');
}

export type PickedFile = { readonly name: string; readonly size: number; readonly read: () => Promise<Uint8Array> };

/** Resolves with the chosen file, or undefined when the user closes the picker. */
export function pickFile(filters: readonly WebFileFilter[]): Promise<PickedFile | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.style.display = 'none';
    const finish = (picked: PickedFile | undefined): void => {
      input.remove();
      resolve(picked);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish(file ? { name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) } : undefined);
    });
    // Chromium ≥ 113 reports a closed picker; older browsers just never resolve, like a pending dialog.
    input.addEventListener('cancel', () => finish(undefined));
    document.body.append(input);
    input.click();
  });
}
