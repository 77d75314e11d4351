// From the dry run to what is written: new rows go in; a row with a credit-code checksum
// warning goes in only if the staff member accepted it with a reason (GB 32100-2015 codes are
// never "fixed", but legacy pilot codes exist); errors and duplicates stay out.
import { applyCreditCodeOverride, validateCreditCode } from '../credit-code';
import type { CreditCodeOverride } from '../model';
import type { RowValues } from './check-row';
import { issueAt, type ImportIssue } from './issues';
import type { ImportPlan } from './plan';

/** A staff member's decision to import a checksum-warning row anyway. */
export type Acceptance = { readonly row: number; readonly reason: string };

export type AcceptedRow = { readonly row: number; readonly values: RowValues; readonly override?: CreditCodeOverride };

export type Decision = {
  readonly rows: readonly AcceptedRow[];
  /** Warning rows left out (no acceptance, or an acceptance that did not hold). */
  readonly skipped: readonly ImportIssue[];
  /** Warning rows accepted, by row number, with the reason. */
  readonly accepted: ReadonlyMap<number, string>;
};

export function decideRows(plan: ImportPlan, acceptances: readonly Acceptance[], by: string, at: string): Decision {
  const reasons = new Map(acceptances.map((a) => [a.row, a.reason] as const));
  const rows: AcceptedRow[] = [];
  const skipped: ImportIssue[] = [];
  const accepted = new Map<number, string>();
  for (const planned of plan.rows) {
    if (planned.status === 'new') rows.push({ row: planned.row, values: planned.values });
    if (planned.status !== 'warning') continue;
    const place = { file: plan.fileName, row: planned.row, field: 'creditCode' as const, ...(plan.mapping.creditCode ? { col: plan.mapping.creditCode } : {}) };
    const reason = reasons.get(planned.row);
    if (reason === undefined) {
      skipped.push(issueAt('warning', { code: 'import.warning_skipped', zh: '统一社会信用代码校验码不符，未确认导入，已跳过', en: 'the credit code check character does not match and the row was not accepted, so it was skipped' }, place, planned.values.creditCode));
      continue;
    }
    const result = applyCreditCodeOverride(validateCreditCode(planned.values.creditCode), { reason, by, at });
    if (!result.ok) {
      skipped.push(issueAt('warning', result.error, place, planned.values.creditCode));
      continue;
    }
    accepted.set(planned.row, result.value.override?.reason ?? reason);
    rows.push({ row: planned.row, values: planned.values, ...(result.value.override ? { override: result.value.override } : {}) });
  }
  return { rows, skipped, accepted };
}
