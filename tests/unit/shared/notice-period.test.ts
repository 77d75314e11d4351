import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMainlandWorkday, isWithinNotice, noticePeriod, noticePeriodForBatch } from '../../../shared/notice-period';
import { sampleCaqi2015 } from '../../../shared/resources';

const endOf = (start: string, days: number, type: 'calendar' | 'working'): string => {
  const r = noticePeriod(start, days, type);
  if (!r.ok) throw new Error(r.error.en);
  return r.value.end;
};

describe('calendar-day notice periods (both ends inclusive)', () => {
  it('2015-07-13 with 10 days ends 2015-07-22, as in the CAQI notice', () => {
    expect(endOf('2015-07-13', 10, 'calendar')).toBe('2015-07-22');
  });

  it.each([
    ['2015-07-13', 1, '2015-07-13'],
    ['2015-12-25', 10, '2016-01-03'],
    ['2016-02-25', 5, '2016-02-29'],
    ['2015-02-25', 5, '2015-03-01'],
  ])('%s + %d days → %s', (start, days, end) => {
    expect(endOf(start, days, 'calendar')).toBe(end);
  });

  it('the sample batch’s period is 2015-07-13 to 2015-07-22', () => {
    const batch = sampleCaqi2015.batches[0];
    expect(batch && noticePeriodForBatch(batch)).toEqual({ ok: true, value: { start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' } });
  });
});

describe('working-day notice periods on the mainland calendar', () => {
  it('skips the 2015 National Day holiday and counts the 调休 Saturday 2015-10-10', () => {
    // 9-28, 9-29, 9-30, (10-1…10-7 off), 10-8, 10-9, 10-10 (Sat, make-up), 10-12 … 10-15
    expect(endOf('2015-09-28', 10, 'working')).toBe('2015-10-15');
    expect(isMainlandWorkday('2015-10-10')).toEqual({ ok: true, value: true });
    expect(isMainlandWorkday('2015-10-05')).toEqual({ ok: true, value: false });
  });

  it('skips the 2015 Spring Festival and counts the 调休 Sunday 2015-02-15', () => {
    // 2-13 (Fri), 2-15 (Sun, make-up), 2-16, 2-17, (2-18…2-24 off), 2-25
    expect(endOf('2015-02-13', 5, 'working')).toBe('2015-02-25');
    expect(endOf('2015-02-13', 7, 'working')).toBe('2015-02-27');
    expect(endOf('2015-02-13', 8, 'working')).toBe('2015-02-28'); // Saturday make-up day
  });

  it('starting on a holiday, day 1 is the first working day after it', () => {
    expect(endOf('2015-10-01', 1, 'working')).toBe('2015-10-08');
  });

  it('a working-day period differs from a calendar one over the same start', () => {
    expect(endOf('2015-07-13', 10, 'working')).toBe('2015-07-24');
  });

  it('refuses to guess for a year without holiday data', () => {
    const r = noticePeriod('2099-09-28', 10, 'working');
    expect(r.ok ? '' : r.error.code).toBe('notice.calendar_unavailable');
    expect(r.ok ? '' : r.error.zh).toContain('2099');
    expect(noticePeriod('2099-09-28', 10, 'calendar').ok).toBe(true);
  });
});

describe('bad input', () => {
  it.each(['', '2015-7-13', '2015-02-29', '2015-13-01', '2015-07-13T00:00:00Z', '13/07/2015', "2015-07-13'; --"])('start %j is refused', (start) => {
    const r = noticePeriod(start, 10, 'calendar');
    expect(r.ok ? '' : r.error.code).toBe('date.invalid');
    expect(r.ok ? '' : r.error.at?.field).toBe('noticeStart');
  });

  it.each([0, -1, 1.5, Number.NaN, 366])('length %d is refused', (days) => {
    const r = noticePeriod('2015-07-13', days, 'calendar');
    expect(r.ok ? '' : r.error.code).toBe('notice.days');
  });

  it('a batch without a start date says so', () => {
    const r = noticePeriodForBatch({ noticeDays: 10, noticeDayType: 'calendar' });
    expect(r.ok ? '' : r.error.code).toBe('notice.no_start');
  });
});

describe('isWithinNotice', () => {
  const period = { start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' } as const;

  it.each([
    ['2015-07-12', false], ['2015-07-13', true], ['2015-07-18', true], ['2015-07-22', true], ['2015-07-23', false], ['2016-07-15', false],
  ])('%s → %s', (date, expected) => {
    expect(isWithinNotice(date, period)).toBe(expected);
  });

  it('throws on a malformed date rather than answering "no"', () => {
    expect(() => isWithinNotice('2015-07-32', period)).toThrow(/2015-07-32/);
  });
});

describe('in a time zone west of UTC', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('still counts the 调休 Saturday 2015-10-10 as a working day', () => {
    expect(new Date(2015, 9, 10).getTimezoneOffset()).toBeGreaterThan(0);
    expect(isMainlandWorkday('2015-10-10')).toEqual({ ok: true, value: true });
    expect(endOf('2015-09-28', 10, 'working')).toBe('2015-10-15');
    expect(endOf('2015-07-13', 10, 'calendar')).toBe('2015-07-22');
  });
});
