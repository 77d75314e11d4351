// Every lifecycle action outside the actor's role is refused by the data layer, before anything
// is read or written, with a message naming the role and the operation.
import { afterEach, describe, expect, it } from 'vitest';
import type { XinpingDb } from '../../../renderer/db/schema';
import type { Actor } from '../../../renderer/db/write';
import * as life from '../../../renderer/lifecycle';
import type { Role } from '../../../shared/model';
import { openTestDb } from '../db/helpers';
import { refusal, TEST_KDF } from './fixtures';

let db: XinpingDb;
afterEach(() => db.close());

type Case = readonly [string, readonly Role[], (db: XinpingDb, actor: Actor) => Promise<unknown>];

const STAFF: readonly Role[] = ['staff', 'supervisor'];
const SUPERVISOR: readonly Role[] = ['supervisor'];

// Ids need not exist: the role check comes first.
const CASES: readonly Case[] = [
  ['初审通过 pass screening', STAFF, (d, a) => life.passScreening(d, a, 'x', { presentItemIds: [] })],
  ['初审退回 return screening', STAFF, (d, a) => life.returnScreening(d, a, 'x', { presentItemIds: [], reasons: ['r'] })],
  ['重新申报 resubmit', STAFF, (d, a) => life.resubmitDossier(d, a, 'x')],
  ['指派评审员 assign', SUPERVISOR, (d, a) => life.assignReviewers(d, a, { dossierIds: ['x'], reviewerIds: ['r'] })],
  ['确认汇总得分 accept', SUPERVISOR, (d, a) => life.acceptConsolidation(d, a, 'x')],
  ['退回重评 rescore', SUPERVISOR, (d, a) => life.requestRescore(d, a, 'x', { reviewerId: 'r', reason: 'r' })],
  ['调整 override', SUPERVISOR, (d, a) => life.overrideAssessment(d, a, 'x', { grade: 'A', reason: 'r' })],
  ['批准 approve', SUPERVISOR, (d, a) => life.approveGrades(d, a, ['x'])],
  ['不列入公示 exclude', SUPERVISOR, (d, a) => life.excludeDossier(d, a, 'x', 'r')],
  ['恢复列入 reinstate', SUPERVISOR, (d, a) => life.reinstateDossier(d, a, 'x')],
  ['开始公示 start notice', SUPERVISOR, (d, a) => life.startNotice(d, a, 'b', { start: '2015-07-13' })],
  ['登记异议 record objection', STAFF, (d, a) => life.recordObjection(d, a, { dossierId: 'x', raisedBy: 'p', contact: 'c', grounds: 'g', receivedOn: '2015-07-15' })],
  ['异议成立 uphold', SUPERVISOR, (d, a) => life.upholdObjection(d, a, 'o', { handling: 'h' })],
  ['异议不成立 reject', SUPERVISOR, (d, a) => life.rejectObjection(d, a, 'o', { reason: 'r' })],
  ['更正公示 corrected notice', SUPERVISOR, (d, a) => life.issueCorrectedNotice(d, a, 'b', { issuedOn: '2015-07-17' })],
  ['终评 finalise', SUPERVISOR, (d, a) => life.finaliseBatch(d, a, 'b', { finalOn: '2015-07-23' })],
  ['流水号 counter', SUPERVISOR, (d, a) => life.setCertificateCounter(d, a, { year: 2015, associationNumber: '001', lastSerial: 1 })],
  ['流水号段 hub range', SUPERVISOR, (d, a) => life.addHubSerialRange(d, a, { year: 2015, associationNumber: '001', from: 1, to: 2 })],
  ['降级 downgrade', SUPERVISOR, (d, a) => life.downgradeCertificate(d, a, 'c', { grade: 'AA', reason: 'r', on: '2016-01-01' })],
  ['撤销 revoke', SUPERVISOR, (d, a) => life.revokeCertificate(d, a, 'c', { reason: 'r', on: '2016-01-01' })],
  ['添加用户 create profile', SUPERVISOR, (d, a) => life.createProfile(d, a, { id: 'p', role: 'reviewer', passphrase: '足够长的口令123' }, { kdf: TEST_KDF })],
  ['重置口令 reset passphrase', SUPERVISOR, (d, a) => life.resetPassphrase(d, a, 'p', '足够长的口令123', { kdf: TEST_KDF })],
];

const ROLES: readonly Role[] = ['reviewer', 'staff', 'supervisor'];

describe('lifecycle actions refuse roles that may not perform them', () => {
  const refused = CASES.flatMap(([name, allowed, run]) => ROLES.filter((r) => !allowed.includes(r)).map((role) => [name, role, run] as const));

  it.each(refused)('%s: refused for %s, nothing written', async (_name, role, run) => {
    db = openTestDb();
    const error = await refusal(run(db, { actor: `${role}-1`, role }));
    expect(error.code).toBe('role.refused');
    expect(error.en).toContain(`Your role (${role})`);
    expect(await db.audit.count()).toBe(0);
  });

  it.each(CASES.flatMap(([name, allowed, run]) => allowed.map((role) => [name, role, run] as const)))('%s: %s gets past the role check', async (_name, role, run) => {
    db = openTestDb();
    const outcome = await run(db, { actor: `${role}-1`, role }).then(() => null, (e: unknown) => e);
    // these ids do not exist, so an allowed role fails later, for another reason, or succeeds
    expect(outcome === null || (outcome instanceof Error && !outcome.message.startsWith('role.refused'))).toBe(true);
  });
});
