// The per-row error report as a table (the renderer writes it to XLSX): every problem found,
// in row order, with the row number and column as the user's spreadsheet shows them.
import type { Decision } from './decide';
import type { ImportIssue, IssueKind } from './issues';
import type { ImportPlan } from './plan';

export type ReportTable = { readonly headers: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] };

export const REPORT_HEADERS: readonly string[] = ['行号 Row', '列 Column', '字段 Field', '类别 Kind', '处理 Outcome', '企业名称 Name', '单元格内容 Value', '问题说明', 'Problem'];

const KIND_LABELS: Readonly<Record<IssueKind, string>> = {
  error: '错误 Error',
  duplicate: '重复 Duplicate',
  warning: '校验码警告 Checksum warning',
  notice: '提示 Notice',
};

function outcomeOf(issue: ImportIssue, row: number | undefined, decision: Decision | undefined): string {
  if (issue.kind === 'notice') return '已导入 Imported';
  if (issue.kind !== 'warning') return '未导入 Not imported';
  const reason = row === undefined ? undefined : decision?.accepted.get(row);
  if (reason !== undefined) return `已接受：${reason} Accepted`;
  return decision ? '未接受，已跳过 Skipped' : '待确认 To confirm';
}

/** All issues of a plan, in row order; with a decision, warning rows say whether they went in. */
export function reportTable(plan: ImportPlan, decision?: Decision): ReportTable {
  const names = new Map(plan.rows.map((r) => [r.row, r.values.name] as const));
  const issues = [...plan.fileIssues, ...plan.rows.flatMap((r) => r.issues)];
  const rows = issues
    .map((issue, order) => ({ issue, order, row: issue.at?.row }))
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.order - b.order)
    .map(({ issue, row }) => [
      row ?? '',
      issue.column ?? '',
      issue.at?.field ?? '',
      KIND_LABELS[issue.kind],
      outcomeOf(issue, row, decision),
      row === undefined ? '' : (names.get(row) ?? ''),
      issue.value ?? '',
      issue.zh,
      issue.en,
    ]);
  return { headers: REPORT_HEADERS, rows };
}
