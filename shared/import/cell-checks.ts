// What a cell's text alone would hide: a formula, a date, a number where text was meant, a
// merged cell. Policy: a formula's saved result is used with a notice; a formula with no saved
// result, an error value, a date or a numeric credit code makes the row an error.
import { FIELD_LABELS, type FieldKey } from './fields';
import { issueAt, type CellPlace, type ImportIssue } from './issues';
import { formatRange, noteKey, type CellNote, type CellRange, type SheetData } from './sheet';

export type SheetIndex = {
  note(row: number, col: number): CellNote | undefined;
  /** The merge covering this cell, if it spans more than one cell. */
  merge(row: number, col: number): CellRange | undefined;
};

export function indexSheet(sheet: SheetData, fromRow: number = 1): SheetIndex {
  const notes = new Map(sheet.notes.map((n) => [noteKey(n.row, n.col), n] as const));
  const byRow = new Map<number, CellRange[]>();
  for (const range of sheet.merges) {
    if (range.top === range.bottom && range.left === range.right) continue;
    for (let row = Math.max(range.top, fromRow); row <= range.bottom; row++) byRow.set(row, [...(byRow.get(row) ?? []), range]);
  }
  return {
    note: (row, col) => notes.get(noteKey(row, col)),
    merge: (row, col) => byRow.get(row)?.find((r) => col >= r.left && col <= r.right),
  };
}

export function mergeIssue(range: CellRange, place: CellPlace): ImportIssue {
  const cells = formatRange(range);
  return issueAt('error', {
    code: 'import.merged_cells',
    zh: `单元格 ${cells} 是合并单元格，合并后只有左上角的格子有内容。请取消合并，并在每一行填写完整`,
    en: `cells ${cells} are merged, so only the top-left cell holds a value; unmerge them and fill in every row`,
  }, place);
}

/** The issue a cell note raises in a column of this field, if any. */
export function noteIssue(note: CellNote, place: CellPlace & { readonly field: FieldKey }, value: string): ImportIssue | undefined {
  const label = FIELD_LABELS[place.field];
  switch (note.kind) {
    case 'formula':
      return note.hasResult
        ? issueAt('notice', {
            code: 'import.formula_result',
            zh: `单元格是公式“=${note.formula}”，已按 Excel 保存的计算结果导入，请核对`,
            en: `the cell holds the formula "=${note.formula}"; the result Excel saved was imported, please check it`,
          }, place, value)
        : issueAt('error', {
            code: 'import.formula_no_result',
            zh: `单元格是公式“=${note.formula}”，但文件中没有保存计算结果（常见于程序生成的文件）。请在 Excel 中打开并保存，或把该列“选择性粘贴”为数值`,
            en: `the cell holds the formula "=${note.formula}" but the file has no saved result (common in generated files); open and save it in Excel, or paste the column as values`,
          }, place);
    case 'error':
      return issueAt('error', {
        code: 'import.cell_error',
        zh: `单元格显示错误值 ${note.error}${note.formula ? `（公式 =${note.formula}）` : ''}，请更正`,
        en: `the cell shows the error value ${note.error}${note.formula ? ` (formula =${note.formula})` : ''}; correct it`,
      }, place, note.error);
    case 'date':
      return issueAt('error', {
        code: 'import.date_cell',
        zh: `Excel 把该单元格存成了日期 ${note.iso}（内部序列号 ${note.serial}），不是${label.zh}。请把该列设为“文本”格式后重新输入`,
        en: `Excel stored this cell as the date ${note.iso} (serial number ${note.serial}), which is not a ${label.en}; format the column as Text and re-enter it`,
      }, place, note.iso);
    case 'number':
      if (place.field !== 'creditCode') return undefined;
      return issueAt('error', {
        code: 'import.code_as_number',
        zh: `统一社会信用代码被存成了数字 ${value}。Excel 的数字只保留 15 位有效数字，后几位可能已变成 0；请把该列设为“文本”格式，重新输入完整代码`,
        en: `the credit code was stored as the number ${value}; Excel keeps only 15 significant digits, so the last ones may have become 0; format the column as Text and re-enter the full code`,
      }, place, value);
  }
}
