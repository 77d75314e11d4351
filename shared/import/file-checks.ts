// What can be said about a file before parsing it: its extension, its size and its first bytes.
// Run before any parse so a wrong or huge file is refused at once, never half-read.
import { err, ok, userError, type Result, type UserError } from '../errors';
import { formatSize } from '../host/host-errors';
import { MAX_IMPORT_BYTES } from './limits';
import type { SheetFormat } from './sheet';

const SAVE_AS_XLSX_ZH = '请在 Excel 或 WPS 中打开，选择“另存为”→“Excel 工作簿 (*.xlsx)”后再导入';
const SAVE_AS_XLSX_EN = 'open it in Excel or WPS and use Save As → "Excel Workbook (*.xlsx)", then import that file';

const OTHER_SPREADSHEETS: ReadonlySet<string> = new Set(['xls', 'xlsm', 'xlsb', 'xltx', 'xlt', 'et', 'ett', 'ods', 'numbers']);
const DOCUMENTS: ReadonlySet<string> = new Set(['doc', 'docx', 'wps', 'pdf', 'rtf', 'odt', 'ppt', 'pptx', 'txt', 'html', 'htm']);

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
}

/** Extension and size, checked before the bytes are read. */
export function checkImportFile(name: string, size: number, maxBytes: number = MAX_IMPORT_BYTES): Result<SheetFormat> {
  const at = { file: name };
  const extension = fileExtension(name);
  if (extension === 'xls') {
    return err(userError('import.old_xls', `文件 ${name} 是旧版 Excel 97-2003 格式（.xls），不能直接导入。${SAVE_AS_XLSX_ZH}`,
      `The file ${name} is in the old Excel 97-2003 format (.xls), which cannot be imported; ${SAVE_AS_XLSX_EN}`, at));
  }
  if (OTHER_SPREADSHEETS.has(extension)) {
    return err(userError('import.other_spreadsheet', `文件 ${name} 是 .${extension} 格式，只能导入 .xlsx 或 .csv。${SAVE_AS_XLSX_ZH}`,
      `The file ${name} is a .${extension} file; only .xlsx and .csv can be imported: ${SAVE_AS_XLSX_EN}`, at));
  }
  if (extension !== 'xlsx' && extension !== 'csv') return err(wrongType(name, extension));
  if (size === 0) return err(emptyFile(name));
  if (size > maxBytes) {
    return err(userError('import.too_large', `文件 ${name} 大小为 ${formatSize(size)}，超过导入上限 ${formatSize(maxBytes)}。请把名单拆分为几个较小的文件分别导入`,
      `The file ${name} is ${formatSize(size)}, more than the import limit of ${formatSize(maxBytes)}; split the list into smaller files and import each`, at));
  }
  return ok(extension);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** The first bytes must match the extension: a renamed .xls or .pdf is named as what it is. */
export function checkImportBytes(name: string, format: SheetFormat, bytes: Uint8Array): UserError | undefined {
  const at = { file: name };
  if (bytes.length === 0) return emptyFile(name);
  if (startsWith(bytes, OLE2)) {
    return userError('import.ole2', `文件 ${name} 的内容是旧版 .xls 工作簿或加密（设有打开密码）的工作簿，不能导入。请取消密码，${SAVE_AS_XLSX_ZH}`,
      `The file ${name} holds an old-format .xls workbook or a password-protected workbook; remove the password and ${SAVE_AS_XLSX_EN}`, at);
  }
  if (startsWith(bytes, PDF)) return wrongType(name, 'pdf');
  if (format === 'xlsx' && !startsWith(bytes, ZIP)) {
    return userError('import.not_xlsx', `文件 ${name} 的扩展名是 .xlsx，但内容不是 Excel 工作簿（文件可能已损坏，或只是改了扩展名）`,
      `The file ${name} is named .xlsx but is not an Excel workbook (it may be damaged, or only renamed)`, at);
  }
  if (format === 'csv' && startsWith(bytes, ZIP)) {
    return userError('import.csv_is_workbook', `文件 ${name} 的扩展名是 .csv，但内容是 Excel 工作簿。请把扩展名改回 .xlsx 后导入`,
      `The file ${name} is named .csv but is an Excel workbook; rename it to .xlsx and import it`, at);
  }
  return undefined;
}

export function emptyFile(name: string): UserError {
  return userError('import.empty', `文件 ${name} 是空的，没有任何内容`, `The file ${name} is empty`, { file: name });
}

function wrongType(name: string, extension: string): UserError {
  const isDocument = DOCUMENTS.has(extension);
  const kindZh = isDocument ? '文档，不是表格' : '不是支持的表格格式';
  const kindEn = isDocument ? 'a document, not a spreadsheet' : 'not a supported spreadsheet format';
  return userError('import.wrong_type', `文件 ${name} 是${kindZh}。请把申报企业名单整理在 Excel 表格中，保存为 .xlsx（或 .csv）后导入`,
    `The file ${name} is ${kindEn}; put the application list in a spreadsheet saved as .xlsx (or .csv) and import that`, { file: name });
}
