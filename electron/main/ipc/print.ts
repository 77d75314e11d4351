// Printing a PDF: the bytes go to a private temporary folder, a hidden window prints them, the folder goes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostParsedArgs, HostValue } from '../../../shared/host/bridge';
import { toBareFileName } from '../../../shared/host/file-name';
import { createLogger } from '../log';

const log = createLogger('print');

export type PrintFile = (path: string, title: string) => Promise<'printed' | 'cancelled'>;

export type PrintDeps = { readonly tempDirectory: string; readonly printFile: PrintFile };

export function createPrintPdf(deps: PrintDeps): (args: HostParsedArgs<'printPdf'>) => Promise<HostValue<'printPdf'>> {
  return async ({ bytes, title }) => {
    const folder = await mkdtemp(join(deps.tempDirectory, 'xinping-print-'));
    try {
      // The file name becomes the print job's name in the system queue.
      const file = join(folder, `${toBareFileName(title, 'xinping')}.pdf`);
      await writeFile(file, bytes);
      return { status: await deps.printFile(file, title) };
    } finally {
      await rm(folder, { recursive: true, force: true }).catch((error: unknown) => log.warn('could not remove', folder, error));
    }
  };
}
