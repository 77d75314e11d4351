// Role profiles with local passphrases: first-run setup, sign-in with the right and a wrong
// passphrase, changing and resetting, and no salt or hash in the audit log.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStoredAuditChain } from '../../../renderer/db/audit';
import type { XinpingDb } from '../../../renderer/db/schema';
import * as life from '../../../renderer/lifecycle';
import { DEFAULT_KDF, hashPassphrase, verifyPassphrase } from '../../../shared/lifecycle/passphrase';
import { openTestDb } from '../db/helpers';
import { refusal, TEST_KDF } from './fixtures';

let db: XinpingDb;
afterEach(() => db.close());

const FIRST_RUN = [
  { id: '郝加勇', role: 'supervisor' as const, passphrase: '信评办主管口令2015' },
  { id: '章娜', role: 'staff' as const, passphrase: 'staff passphrase' },
  { id: '评审员甲', role: 'reviewer' as const, passphrase: '评审员甲的口令!' },
];

async function setUp(): Promise<void> {
  db = openTestDb();
  await life.setupProfiles(db, FIRST_RUN, { kdf: TEST_KDF });
}

describe('passphrases', () => {
  it('first run sets the profiles; the store keeps a salted scrypt hash, never the passphrase', async () => {
    db = openTestDb();
    expect(await life.hasProfiles(db)).toBe(false);
    const created = await life.setupProfiles(db, FIRST_RUN, { kdf: TEST_KDF });
    expect(created.map((p) => [p.id, p.role])).toEqual([['郝加勇', 'supervisor'], ['章娜', 'staff'], ['评审员甲', 'reviewer']]);
    expect(await life.hasProfiles(db)).toBe(true);
    expect((await life.listProfiles(db)).some((p) => 'passphrase' in p)).toBe(false);
    const stored = await db.profiles.get('章娜');
    expect(stored?.passphrase).toMatchObject({ kdf: TEST_KDF, salt: expect.stringMatching(/^[0-9a-f]{32}$/), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(stored)).not.toContain('staff passphrase');
    const log = JSON.stringify(await db.audit.toArray());
    expect(log).not.toContain(stored?.passphrase.hash ?? 'missing');
    expect(log).not.toContain(stored?.passphrase.salt ?? 'missing');
    expect(await verifyStoredAuditChain(db)).toMatchObject({ ok: true, count: 3 });
  });

  it('signs in with the right passphrase and refuses a wrong one; both are audited', async () => {
    await setUp();
    expect(await life.signIn(db, '章娜', 'staff passphrase')).toEqual({ actor: '章娜', role: 'staff' });
    const wrong = await refusal(life.signIn(db, '章娜', 'staff passphrasE'));
    expect(wrong).toMatchObject({ code: 'profile.wrong_passphrase' });
    expect(wrong.zh).toContain('口令不正确');
    expect((await refusal(life.signIn(db, '无此人', 'whatever123'))).code).toBe('profile.unknown');
    const trail = await life.auditEntries(db, { entity: 'profiles', entityId: '章娜' });
    expect(trail.map((e) => e.action)).toEqual(['profile.create', 'profile.sign-in', 'profile.sign-in.failed']);
  });

  it('refuses a second first run, a setup without a supervisor, and short passphrases', async () => {
    await setUp();
    expect((await refusal(life.setupProfiles(db, FIRST_RUN, { kdf: TEST_KDF }))).code).toBe('profile.already_set_up');
    db.close();
    db = openTestDb();
    expect((await refusal(life.setupProfiles(db, [FIRST_RUN[1]!], { kdf: TEST_KDF }))).code).toBe('profile.no_supervisor');
    const short = await refusal(life.setupProfiles(db, [{ id: '主管', role: 'supervisor', passphrase: '七个字的口令' }], { kdf: TEST_KDF }));
    expect(short.zh).toContain('至少 8 个字符');
    expect(await life.hasProfiles(db)).toBe(false);
  });

  it('changes one’s own passphrase only with the current one; a supervisor resets or adds profiles', async () => {
    await setUp();
    expect((await refusal(life.changePassphrase(db, '评审员甲', 'not mine at all', 'new passphrase 1', { kdf: TEST_KDF }))).code).toBe('profile.wrong_passphrase');
    await life.changePassphrase(db, '评审员甲', '评审员甲的口令!', 'new passphrase 1', { kdf: TEST_KDF });
    expect((await refusal(life.signIn(db, '评审员甲', '评审员甲的口令!'))).code).toBe('profile.wrong_passphrase');
    expect(await life.signIn(db, '评审员甲', 'new passphrase 1')).toEqual({ actor: '评审员甲', role: 'reviewer' });
    const staff = await life.signIn(db, '章娜', 'staff passphrase');
    expect((await refusal(life.resetPassphrase(db, staff, '评审员甲', 'reset by staff', { kdf: TEST_KDF }))).code).toBe('role.refused');
    const boss = await life.signIn(db, '郝加勇', '信评办主管口令2015');
    await life.resetPassphrase(db, boss, '评审员甲', 'reset by boss!', { kdf: TEST_KDF });
    await life.createProfile(db, boss, { id: '评审员乙', role: 'reviewer', passphrase: '评审员乙初始口令' }, { kdf: TEST_KDF });
    expect(await life.signIn(db, '评审员甲', 'reset by boss!')).toMatchObject({ role: 'reviewer' });
    expect(await life.signIn(db, '评审员乙', '评审员乙初始口令')).toMatchObject({ role: 'reviewer' });
    expect((await refusal(life.createProfile(db, boss, { id: '评审员乙', role: 'staff', passphrase: 'another one 123' }, { kdf: TEST_KDF }))).code).toBe('profile.exists');
  });

  it('salts every hash, compares the whole key, and reads NFC and NFD input alike', async () => {
    const [a, b] = [await hashPassphrase('同一个口令 same', TEST_KDF), await hashPassphrase('同一个口令 same', TEST_KDF)];
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassphrase('同一个口令 same', a)).toBe(true);
    expect(await verifyPassphrase('同一个口令 samE', a)).toBe(false);
    expect(await verifyPassphrase('', a)).toBe(false);
    const composed = await hashPassphrase('café passphrase', TEST_KDF);
    expect(await verifyPassphrase('cafe\u0301 passphrase', composed)).toBe(true);
    expect(DEFAULT_KDF).toEqual({ algorithm: 'scrypt', N: 131072, r: 8, p: 1, dkLen: 32 });
  });
});
