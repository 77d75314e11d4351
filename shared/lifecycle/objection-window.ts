// Objections (异议) are accepted only for what was received within the public-notice period.
import { userError, type UserError } from '../errors';
import { parseIsoDate } from '../iso-date';
import type { IsoDate } from '../model';
import type { NoticePeriod } from '../notice-period';

/** Why an objection received on `receivedOn` is not accepted, or null when it is within the period. */
export function objectionWindowError(receivedOn: IsoDate, period: NoticePeriod): UserError | null {
  const day = parseIsoDate(receivedOn, { field: 'receivedOn' });
  if (!day.ok) return day.error;
  if (receivedOn > period.end) {
    return userError(
      'objection.notice_ended',
      `公示期已于 ${period.end} 结束，${receivedOn} 收到的异议不予受理`,
      `The notice period ended on ${period.end}; objections received on ${receivedOn} are not accepted`,
      { field: 'receivedOn' },
    );
  }
  if (receivedOn < period.start) {
    return userError(
      'objection.notice_not_started',
      `公示期自 ${period.start} 开始，${receivedOn} 收到的异议不属于本次公示`,
      `The notice period starts on ${period.start}; an objection received on ${receivedOn} is not within it`,
      { field: 'receivedOn' },
    );
  }
  return null;
}
