// An .xlsx workbook → SheetData, with exceljs. Runs in the import worker and in Node (tests,
// bench). Formulas, dates, numbers and merged cells are noted, not silently flattened.
import ExcelJS from 'exceljs';
import { userError, XinpingError } from '../../../shared/errors';
import { dateToExcelSerial } from '../../../shared/import/excel-date';
import { parseCellAddress, type CellNote, type CellRange, type SheetData } from '../../../shared/import/sheet';

type Loadable = Parameters<ExcelJS.Xlsx['load']>[0];
type CellValue = ExcelJS.CellValue;

export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<SheetData> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types ask for a Node Buffer; JSZip underneath reads any ArrayBuffer.
    await workbook.xlsx.load(bytes.slice().buffer as Loadable);
  } catch (cause) {
    const error = new XinpingError(userError('import.xlsx_unreadable', `无法读取工作簿 ${fileName}：文件可能已损坏，或不是 Excel 保存的 .xlsx。请在 Excel 中打开后重新保存`,
      `Cannot read the workbook ${fileName}: it may be damaged or not an .xlsx saved by Excel; open it in Excel and save it again`, { file: fileName }));
    error.cause = cause;
    throw error;
  }
  const sheet = pickSheet(workbook);
  if (!sheet) return { fileName, format: 'xlsx', rows: [], notes: [], merges: [] };
  return readWorksheet(fileName, sheet);
}

/** The first visible worksheet with content (a blank cover sheet is passed over). */
function pickSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const visible = workbook.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  return visible.find((ws) => ws.actualRowCount > 0) ?? visible[0] ?? workbook.worksheets[0];
}

function readWorksheet(fileName: string, ws: ExcelJS.Worksheet): SheetData {
  const rows: string[][] = [];
  const notes: CellNote[] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        growMerge(merges, cell.master.address, rowNumber, col);
        return;
      }
      // cell.formula translates a shared formula to this cell; the value only names its master.
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
      cells[col - 1] = cellText(cell.value, (note) => notes.push({ row: rowNumber, col, ...note }), formula);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return {
    fileName,
    format: 'xlsx',
    sheetName: ws.name,
    rows: Array.from(rows, (r) => r ?? []),
    notes,
    merges: [...merges.values()] satisfies CellRange[],
  };
}

function growMerge(merges: Map<string, { top: number; left: number; bottom: number; right: number }>, master: string, row: number, col: number): void {
  const start = parseCellAddress(master);
  if (!start) return;
  const range = merges.get(master) ?? { top: start.row, left: start.col, bottom: start.row, right: start.col };
  range.bottom = Math.max(range.bottom, row);
  range.right = Math.max(range.right, col);
  range.top = Math.min(range.top, row);
  range.left = Math.min(range.left, col);
  merges.set(master, range);
}

type NoteBody = { kind: 'formula'; formula: string; hasResult: boolean } | { kind: 'error'; error: string; formula?: string } | { kind: 'date'; iso: string; serial: number } | { kind: 'number'; value: number };

/** The text a user sees in the cell; what the text hides goes to `note`. */
export function cellText(value: CellValue, note: (body: NoteBody) => void, formula?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    note({ kind: 'number', value });
    return numberText(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    note({ kind: 'date', iso, serial: dateToExcelSerial(value) });
    return iso;
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) {
    note({ kind: 'error', error: String(value.error) });
    return String(value.error);
  }
  if ('formula' in value || 'sharedFormula' in value) return formulaText(value, note, formula);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as CellValue, () => undefined);
  return '';
}

function formulaText(value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue, note: (body: NoteBody) => void, given?: string): string {
  const formula = given ?? ('formula' in value ? value.formula : value.sharedFormula) ?? '';
  const result = value.result;
  if (result === undefined || result === null) {
    note({ kind: 'formula', formula, hasResult: false });
    return '';
  }
  if (typeof result === 'object' && 'error' in result) {
    note({ kind: 'error', error: String(result.error), formula });
    return String(result.error);
  }
  note({ kind: 'formula', formula, hasResult: true });
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  return typeof result === 'number' ? numberText(result) : String(result);
}

/** What Excel shows for a General-format number: 15 significant digits, no exponent for integers. */
export function numberText(value: number): string {
  // String() prints the shortest round-trip digits, zero-padded below 1e21 (no exponent).
  return String(Number(value.toPrecision(15)));
}
