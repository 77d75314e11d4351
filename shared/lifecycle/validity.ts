// A credit rating is valid for 3 years with an annual review in each of the first two years
// (商秩字[2009]7号 and the associations' measures). Dates are calendar days, both ends inclusive:
// issued 2015-07-23, valid to 2018-07-22, reviews due 2016-07-23 and 2017-07-23.
import { err, ok, type Result } from '../errors';
import { addDays, formatIsoDate, parseIsoDate, type CalendarDay } from '../iso-date';
import type { IsoDate } from '../model';

export const VALIDITY_YEARS = 3;
export const ANNUAL_REVIEWS = 2;

export type Validity = { readonly validFrom: IsoDate; readonly validTo: IsoDate; readonly reviewDueDates: readonly IsoDate[] };

/** Same day `years` later; 29 February falls back to 28 February in a common year (or on to 1 March). */
export function addYears(d: CalendarDay, years: number, leapDay: 'back' | 'forward' = 'back'): CalendarDay {
  const year = d.year + years;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (d.month !== 2 || d.day !== 29 || isLeap) return { year, month: d.month, day: d.day };
  return leapDay === 'back' ? { year, month: 2, day: 28 } : { year, month: 3, day: 1 };
}

export function validityFrom(validFrom: IsoDate): Result<Validity> {
  const day = parseIsoDate(validFrom, { field: 'validFrom' });
  if (!day.ok) return err(day.error);
  const reviewDueDates = Array.from({ length: ANNUAL_REVIEWS }, (_, i) => formatIsoDate(addYears(day.value, i + 1)));
  return ok({ validFrom, validTo: formatIsoDate(addDays(addYears(day.value, VALIDITY_YEARS, 'forward'), -1)), reviewDueDates });
}
