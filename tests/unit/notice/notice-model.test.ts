import { describe, expect, it } from 'vitest';
import type { NoticeCorrection, NoticeRelease } from '../../../shared/lifecycle/types';
import { defaultFinalDate, localToday, nextDay, noticeListing, periodPhase } from '../../../renderer/features/notice/notice-model';

const period = { start: '2015-07-13', end: '2015-07-22' };

describe('notice period on the page', () => {
  it.each([
    ['2015-07-12', 'not_started'],
    ['2015-07-13', 'open'],
    ['2015-07-22', 'open'],
    ['2015-07-23', 'over'],
  ] as const)('%s is %s', (today, phase) => {
    expect(periodPhase(period, today)).toBe(phase);
  });

  it('finalises on the day after the period at the earliest, across month and year ends', () => {
    expect(defaultFinalDate('2015-07-22', '2015-07-14')).toBe('2015-07-23');
    expect(defaultFinalDate('2015-07-22', '2026-01-05')).toBe('2026-01-05');
    expect(nextDay('2015-12-31')).toBe('2016-01-01');
    expect(nextDay('2016-02-28')).toBe('2016-02-29');
    expect(nextDay('not a date')).toBe('not a date');
  });

  it('reads today in local time, not UTC', () => {
    expect(localToday(new Date(2015, 6, 13, 0, 30))).toBe('2015-07-13');
  });
});

describe('notice list', () => {
  const release = {
    id: 'r1', batchId: 'b', kind: 'notice', revision: 1, issuedOn: '2015-07-13', corrections: [], createdBy: '主管', createdAt: '2015-07-13T00:00:00.000Z',
    period: { ...period, days: 10, dayType: 'calendar' },
    snapshot: { association: { name: '协会' }, batchTitle: '2015年第三批', issuedOn: '2015-07-13', noticePeriod: { ...period, days: 10 }, results: [] },
    entries: [
      { dossierId: 'd1', evaluationType: 'enterprise', name: '甲公司', grade: 'AAA' },
      { dossierId: 'd2', evaluationType: 'enterprise', name: '乙公司', grade: 'AA' },
      { dossierId: 'd3', evaluationType: 'enterprise', name: '丙公司', grade: 'A' },
    ],
  } satisfies NoticeRelease;
  const correction = (dossierId: string, newGrade: string | null): NoticeCorrection => ({
    id: `c-${dossierId}`, batchId: 'b', dossierId, evaluationType: 'enterprise', name: dossierId, publishedGrade: 'AA', newGrade, flaggedBy: '主管', flaggedAt: '2015-07-16T00:00:00.000Z',
  });

  it('numbers rows as printed and shows what is waiting for a corrected notice', () => {
    const lines = noticeListing(release, new Map([['d1', 'notice'], ['d2', 'notice'], ['d3', 'scoring']]), [correction('d2', 'A'), correction('d3', null)]);
    expect(lines.map((l) => [l.number, l.name, l.grade, l.state, l.pending])).toEqual([
      [1, '甲公司', 'AAA', 'notice', undefined],
      [2, '乙公司', 'AA', 'notice', 'A'],
      [3, '丙公司', 'A', 'scoring', null],
    ]);
    expect('pending' in (lines[0] ?? {})).toBe(false);
  });

  it('is empty before anything is published', () => {
    expect(noticeListing(undefined, new Map(), [])).toEqual([]);
  });
});
