// Public-notice period (公示期): start date + N days, both ends inclusive.
//   calendar — N consecutive days: 2015-07-13 + 10 days ends 2015-07-22;
//   working — N mainland working days (statutory holidays off, 调休 make-up days on), counted
//             from the first working day on or after the start; the period still opens on the start.
import chineseDays from 'chinese-days';
import type { Batch, IsoDate, NoticeDayType } from './model';
import { err, ok, userError, XinpingError, type Result } from './errors';
import { addDays, formatIsoDate, parseIsoDate, type CalendarDay } from './iso-date';

export type NoticePeriod = {
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly days: number;
  readonly dayType: NoticeDayType;
};

export const MAX_NOTICE_DAYS = 365;

// chinese-days parses strings as UTC but reads local fields, which shifts days west of UTC;
// a local-time Date gives it the intended day in every time zone.
function localDate(d: CalendarDay): Date {
  return new Date(d.year, d.month - 1, d.day);
}

const coveredYears = new Map<number, boolean>();

/** The holiday data only knows some years; outside them every weekday would silently count. */
function hasHolidayData(year: number): boolean {
  let known = coveredYears.get(year);
  if (known === undefined) {
    known = chineseDays.getHolidaysInRange(new Date(year, 0, 1), new Date(year, 11, 31), false).length > 0;
    coveredYears.set(year, known);
  }
  return known;
}

function calendarUnavailable(year: number): Result<never> {
  return err(userError('notice.calendar_unavailable', `没有 ${year} 年的法定节假日安排，无法按工作日计算公示期`,
    `the mainland holiday calendar for ${year} is not available; working days cannot be counted`, { field: 'noticeStart' }));
}

/** Is the day a mainland working day (weekdays minus holidays, plus 调休 make-up days)? */
export function isMainlandWorkday(date: IsoDate): Result<boolean> {
  const day = parseIsoDate(date, { field: 'date' });
  if (!day.ok) return day;
  if (!hasHolidayData(day.value.year)) return calendarUnavailable(day.value.year);
  return ok(chineseDays.isWorkday(localDate(day.value)));
}

export function noticePeriod(start: IsoDate, days: number, dayType: NoticeDayType): Result<NoticePeriod> {
  const first = parseIsoDate(start, { field: 'noticeStart' });
  if (!first.ok) return first;
  if (!Number.isInteger(days) || days < 1 || days > MAX_NOTICE_DAYS) {
    return err(userError('notice.days', `公示天数 ${String(days)} 无效，应为 1–${MAX_NOTICE_DAYS} 的整数`,
      `notice length ${String(days)} is invalid; use a whole number 1–${MAX_NOTICE_DAYS}`, { field: 'noticeDays' }));
  }
  if (dayType === 'calendar') {
    return ok({ start, end: formatIsoDate(addDays(first.value, days - 1)), days, dayType });
  }
  let cursor = first.value;
  let counted = 0;
  for (;;) {
    if (!hasHolidayData(cursor.year)) return calendarUnavailable(cursor.year);
    if (chineseDays.isWorkday(localDate(cursor))) counted += 1;
    if (counted === days) return ok({ start, end: formatIsoDate(cursor), days, dayType });
    cursor = addDays(cursor, 1);
  }
}

export function noticePeriodForBatch(batch: Pick<Batch, 'noticeStart' | 'noticeDays' | 'noticeDayType'>): Result<NoticePeriod> {
  if (batch.noticeStart === undefined) {
    return err(userError('notice.no_start', '该批次尚未确定公示开始日期', 'the batch has no notice start date yet', { field: 'noticeStart' }));
  }
  return noticePeriod(batch.noticeStart, batch.noticeDays, batch.noticeDayType);
}

/** Is `date` within the period, both ends inclusive? A malformed date throws: it is a data error, not "no". */
export function isWithinNotice(date: IsoDate, period: NoticePeriod): boolean {
  const day = parseIsoDate(date, { field: 'date' });
  if (!day.ok) throw new XinpingError(day.error);
  // valid YYYY-MM-DD strings order the same as the dates they name
  return date >= period.start && date <= period.end;
}
