// Any file the user picked → SheetData, or the error that names why not. Extension, size and
// first bytes are checked before a parser sees the file.
import { XinpingError } from '../../../shared/errors';
import { checkImportBytes, checkImportFile } from '../../../shared/import/file-checks';
import type { SheetData } from '../../../shared/import/sheet';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export async function readSheet(fileName: string, bytes: Uint8Array): Promise<SheetData> {
  const checked = checkImportFile(fileName, bytes.byteLength);
  if (!checked.ok) throw new XinpingError(checked.error);
  const wrongContent = checkImportBytes(fileName, checked.value, bytes);
  if (wrongContent) throw new XinpingError(wrongContent);
  return checked.value === 'xlsx' ? readXlsx(fileName, bytes) : readCsv(fileName, bytes);
}
