// A .csv file → SheetData. Chinese Excel saves "CSV" in the system code page (GBK), newer
// versions offer "CSV UTF-8" (with a BOM); so: BOM first, then strict UTF-8, then GB18030
// (a superset of GBK and GB2312).
import Papa from 'papaparse';
import { userError, XinpingError } from '../../../shared/errors';
import type { SheetData } from '../../../shared/import/sheet';

export type DecodedText = { readonly text: string; readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  try {
    // fatal: any byte sequence that is not UTF-8 throws, so GBK text cannot pass as mojibake.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

export function readCsv(fileName: string, bytes: Uint8Array): SheetData {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new XinpingError(userError('import.csv_binary', `文件 ${fileName} 不是文本格式的 CSV（含有二进制内容）。请在 Excel 中“另存为”CSV 或 .xlsx 后导入`,
      `The file ${fileName} is not a text CSV (it holds binary data); save it from Excel as CSV or .xlsx and import that`, { file: fileName }));
  }
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new XinpingError(userError('import.csv_quotes', `文件 ${fileName} 第 ${row} 行的引号没有配对，后面的内容无法分列。请在 Excel 中打开检查该行后重新保存`,
      `Row ${row} of ${fileName} has an unmatched quote, so the rest cannot be split into columns; check that row in Excel and save again`, { file: fileName, row }));
  }
  return { fileName, format: 'csv', encoding, rows: parsed.data, notes: [], merges: [] };
}
