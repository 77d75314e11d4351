// Calendar dates as `YYYY-MM-DD` strings, computed in UTC so the host time zone never shifts a day.
import { err, ok, userError, type ErrorLocation, type Result } from './errors';
import type { IsoDate } from './model';

export type CalendarDay = { readonly year: number; readonly month: number; readonly day: number };

/** Strict: a real date in `YYYY-MM-DD` form (2015-02-29 is rejected). */
export function parseIsoDate(text: string, at?: ErrorLocation): Result<CalendarDay> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const bad = userError('date.invalid', `日期“${text}”无效，应为 YYYY-MM-DD`, `"${text}" is not a valid date (YYYY-MM-DD)`, at);
  if (!match) return err(bad);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return err(bad);
  return ok({ year, month, day });
}

export function formatIsoDate(d: CalendarDay): IsoDate {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function addDays(d: CalendarDay, days: number): CalendarDay {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
