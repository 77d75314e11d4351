// The 公示与终评 page's reckoning, pure: where today falls in the notice period, the day a batch
// can be finalised, and the notice list as published with the changes still waiting for a correction.
import { addDays, formatIsoDate, parseIsoDate } from '../../../shared/iso-date';
import type { NoticeCorrection, NoticeRelease } from '../../../shared/lifecycle/types';
import type { DossierState, IsoDate } from '../../../shared/model';
import type { NoticePeriod } from '../../../shared/notice-period';

export type PeriodPhase = 'not_started' | 'open' | 'over';

/** Calendar days as YYYY-MM-DD compare as text. */
export function periodPhase(period: Pick<NoticePeriod, 'start' | 'end'>, today: IsoDate): PeriodPhase {
  if (today < period.start) return 'not_started';
  return today > period.end ? 'over' : 'open';
}

export function nextDay(day: IsoDate): IsoDate {
  const parsed = parseIsoDate(day);
  return parsed.ok ? formatIsoDate(addDays(parsed.value, 1)) : day;
}

/** The first day 终评 is allowed is the day after the period; today when that is later. */
export function defaultFinalDate(periodEnd: IsoDate, today: IsoDate): IsoDate {
  const first = nextDay(periodEnd);
  return today > first ? today : first;
}

/** The local calendar day, as the user reads the date (not UTC). */
export function localToday(now: Date = new Date()): IsoDate {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export type ListingLine = {
  readonly number: number;
  readonly dossierId: string;
  readonly name: string;
  /** As the latest notice published it. */
  readonly grade: string;
  readonly state: DossierState | undefined;
  /** A change not yet published: the new grade, or null when it leaves the list. */
  readonly pending?: string | null;
};

/** The latest notice's rows, numbered as printed, with each dossier's state now and any pending change. */
export function noticeListing(release: NoticeRelease | undefined, states: ReadonlyMap<string, DossierState>, pending: readonly NoticeCorrection[]): ListingLine[] {
  if (!release) return [];
  const changes = new Map(pending.map((c) => [c.dossierId, c.newGrade]));
  return release.entries.map((entry, i) => ({
    number: i + 1,
    dossierId: entry.dossierId,
    name: entry.name,
    grade: entry.grade,
    state: states.get(entry.dossierId),
    ...(changes.has(entry.dossierId) ? { pending: changes.get(entry.dossierId) ?? null } : {}),
  }));
}
