// How dates, lists and grade counts are written in a Chinese notice.
import { err, ok, userError, type Result } from '../errors';
import { parseIsoDate } from '../iso-date';
import type { IsoDate } from '../model';
import type { ResultSection } from './snapshot';

function day(iso: IsoDate): { year: number; month: number; day: number } {
  const parsed = parseIsoDate(iso);
  // snapshots are parsed before any document is built, so a bad date here is a programming error
  if (!parsed.ok) throw new Error(`format: invalid date ${iso}`);
  return parsed.value;
}

/** 2015-07-13 → 2015年7月13日 */
export function formatZhDate(iso: IsoDate): string {
  const d = day(iso);
  return `${d.year}年${d.month}月${d.day}日`;
}

/** 2015-07-13, 2015-07-22 → 2015年7月13日～7月22日 (the year is not repeated within one year). */
export function formatZhDateRange(start: IsoDate, end: IsoDate): string {
  const a = day(start);
  const b = day(end);
  return a.year === b.year ? `${formatZhDate(start)}～${b.month}月${b.day}日` : `${formatZhDate(start)}～${formatZhDate(end)}`;
}

export function joinZh(items: readonly string[]): string {
  return items.join('、');
}

/** The day before the same date `years` later: a rating issued 2015-07-13 for 3 years runs to 2018-07-12. */
export function validUntil(from: IsoDate, years: number): Result<IsoDate> {
  const parsed = parseIsoDate(from, { field: 'issuedOn' });
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(years) || years < 1 || years > 10) {
    return err(userError('template.validity_years', `有效期年数 ${String(years)} 无效`, `validity of ${String(years)} years is invalid`, { field: 'validityYears' }));
  }
  const d = parsed.value;
  const t = new Date(Date.UTC(d.year + years, d.month - 1, d.day - 1));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return ok(`${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`);
}

/** Badges (★) do not make a separate level in the count: AAA★ counts as AAA; A+ stays A+. */
export function gradeLevel(label: string): string {
  return label.replace(/[★☆]/gu, '');
}

/** "AAA级企业8家，其中…；A+级企业1家", levels in order of first appearance. */
export function gradeSummary(results: readonly ResultSection[], notes: Readonly<Record<string, string>> = {}): string {
  const counts = new Map<string, number>();
  for (const section of results) {
    for (const row of section.rows) {
      const level = gradeLevel(row.grade);
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
  }
  return [...counts].map(([level, n]) => {
    const note = notes[level];
    return `${level}级企业${n}家${note ? `，${note}` : ''}`;
  }).join('；');
}

/** "中国反商业欺诈网（www.12312.gov.cn）、中国商务信用平台（www.bcpcn.com）" */
export function platformList(platforms: readonly { name: string; url: string }[]): string {
  return joinZh(platforms.map((p) => `${p.name}（${p.url}）`));
}
