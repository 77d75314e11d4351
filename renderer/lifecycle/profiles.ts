// Role profiles with local passphrases. The first run sets them up (at least one supervisor);
// later the supervisor adds profiles and resets passphrases, and anyone changes their own.
// Keys are derived before each transaction (only Dexie calls are awaited inside a write), and
// the audit log records who changed what, never the salt or hash.
import { userError, type UserError } from '../../shared/errors';
import { DEFAULT_KDF, hashPassphrase, passphraseProblem, verifyPassphrase } from '../../shared/lifecycle/passphrase';
import type { KdfParams, PassphraseHash, Profile, PublicProfile } from '../../shared/lifecycle/types';
import type { Role } from '../../shared/model';
import { OPERATIONS, type Operation } from '../../shared/operations';
import type { XinpingDb } from '../db/schema';
import { write, type Actor, type WriteScope } from '../db/write';
import { byText, clockOf, fail, type LifecycleOptions } from './context';

export type ProfileOptions = LifecycleOptions & {
  /** Key-derivation cost (tests lower it); stored with each hash. */
  readonly kdf?: KdfParams;
};

export type NewProfile = { readonly id: string; readonly role: Role; readonly passphrase: string };

function publicOf(profile: Profile): PublicProfile {
  const { passphrase: _secret, ...rest } = profile;
  return rest;
}

const TABLES = ['profiles'] as const;

/** Writes the row directly and audits it without the passphrase hash. */
async function save(scope: WriteScope, profile: Profile, action: string): Promise<void> {
  const before = await scope.db.profiles.get(profile.id);
  await scope.db.profiles.put(profile);
  scope.record({ action, entity: 'profiles', entityId: profile.id, before: before ? publicOf(before) : null, after: publicOf(profile) });
}

function checkNew(p: NewProfile): UserError | null {
  if (p.id.trim() === '' || p.id !== p.id.trim()) return userError('profile.name', '用户名不能为空，且首尾不能有空格', 'a profile name cannot be blank or start or end with spaces', { field: 'id' });
  const weak = passphraseProblem(p.passphrase);
  return weak ? { ...weak, zh: `${p.id}：${weak.zh}`, en: `${p.id}: ${weak.en}` } : null;
}

type Derived = { readonly profile: NewProfile; readonly hash: PassphraseHash };

async function derive(profiles: readonly NewProfile[], kdf: KdfParams): Promise<Derived[]> {
  const problem = profiles.map(checkNew).find((e) => e !== null);
  if (problem) fail(problem);
  return Promise.all(profiles.map(async (profile) => ({ profile, hash: await hashPassphrase(profile.passphrase, kdf) })));
}

async function deriveOne(profile: NewProfile, kdf: KdfParams | undefined): Promise<PassphraseHash> {
  const problem = checkNew(profile);
  if (problem) fail(problem);
  return hashPassphrase(profile.passphrase, kdf ?? DEFAULT_KDF);
}

export async function hasProfiles(db: XinpingDb): Promise<boolean> {
  return (await db.profiles.count()) > 0;
}

/** Profiles without their secrets, by role then name, for the sign-in screen. */
export async function listProfiles(db: XinpingDb): Promise<PublicProfile[]> {
  const rows = await db.profiles.toArray();
  return rows.map(publicOf).sort((a, b) => byText(a.role, b.role) || byText(a.id, b.id));
}

/** First run: creates the profiles, at least one a supervisor; refused once any profile exists. */
export async function setupProfiles(db: XinpingDb, profiles: readonly NewProfile[], options: ProfileOptions = {}): Promise<PublicProfile[]> {
  const supervisor = profiles.find((p) => p.role === 'supervisor');
  if (!supervisor) fail(userError('profile.no_supervisor', '首次设置须至少包括一名主管', 'the first setup needs at least one supervisor', { field: 'role' }));
  if (new Set(profiles.map((p) => p.id)).size !== profiles.length) fail(userError('profile.duplicate', '用户名重复', 'two profiles have the same name', { field: 'id' }));
  const derived = await derive(profiles, options.kdf ?? DEFAULT_KDF);
  const clock = clockOf(options);
  return write(db, { actor: supervisor.id, role: 'supervisor' }, OPERATIONS.manageProfiles, async (scope) => {
    if ((await scope.db.profiles.count()) > 0) fail(userError('profile.already_set_up', '用户已设置，请由主管添加或重置', 'profiles are already set up; a supervisor adds or resets them', { field: 'id' }));
    const rows = derived.map(({ profile, hash }): Profile => ({ id: profile.id, role: profile.role, passphrase: hash, createdAt: clock.at, updatedAt: clock.at }));
    for (const row of rows) await save(scope, row, 'profile.create');
    return rows.map(publicOf);
  }, { ...clock.write, tables: TABLES });
}

/** A supervisor adds a profile. */
export async function createProfile(db: XinpingDb, actor: Actor, profile: NewProfile, options: ProfileOptions = {}): Promise<PublicProfile> {
  const hash = await deriveOne(profile, options.kdf);
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.manageProfiles, async (scope) => {
    if (await scope.db.profiles.get(profile.id)) fail(userError('profile.exists', `用户“${profile.id}”已存在`, `profile "${profile.id}" already exists`, { field: 'id' }));
    const row: Profile = { id: profile.id, role: profile.role, passphrase: hash, createdAt: clock.at, updatedAt: clock.at };
    await save(scope, row, 'profile.create');
    return publicOf(row);
  }, { ...clock.write, tables: TABLES });
}

type Replacement = { readonly operation: Operation; readonly action: string; readonly passphrase: PassphraseHash };

async function replacePassphrase(db: XinpingDb, actor: Actor, profileId: string, { operation, action, passphrase }: Replacement, options: ProfileOptions): Promise<PublicProfile> {
  const clock = clockOf(options);
  return write(db, actor, operation, async (scope) => {
    const row = await scope.db.profiles.get(profileId);
    if (!row) fail(unknownProfile(profileId));
    const next: Profile = { ...row, passphrase, updatedAt: clock.at };
    await save(scope, next, action);
    return publicOf(next);
  }, { ...clock.write, tables: TABLES });
}

/** A supervisor sets someone's passphrase (forgotten passphrases). */
export async function resetPassphrase(db: XinpingDb, actor: Actor, profileId: string, passphrase: string, options: ProfileOptions = {}): Promise<PublicProfile> {
  const hash = await deriveOne({ id: profileId, role: 'reviewer', passphrase }, options.kdf);
  return replacePassphrase(db, actor, profileId, { operation: OPERATIONS.manageProfiles, action: 'profile.passphrase.reset', passphrase: hash }, options);
}

/** Anyone changes their own passphrase, proving the current one first. */
export async function changePassphrase(db: XinpingDb, profileId: string, current: string, next: string, options: ProfileOptions = {}): Promise<PublicProfile> {
  const actor = await checkPassphrase(db, profileId, current);
  const hash = await deriveOne({ id: profileId, role: actor.role, passphrase: next }, options.kdf);
  return replacePassphrase(db, actor, profileId, { operation: OPERATIONS.changePassphrase, action: 'profile.passphrase.change', passphrase: hash }, options);
}

function unknownProfile(profileId: string): UserError {
  return userError('profile.unknown', `没有名为“${profileId}”的用户`, `there is no profile named "${profileId}"`, { field: 'id' });
}

async function checkPassphrase(db: XinpingDb, profileId: string, passphrase: string): Promise<Actor> {
  const row = await db.profiles.get(profileId);
  if (!row) fail(unknownProfile(profileId));
  if (!(await verifyPassphrase(passphrase, row.passphrase))) {
    fail(userError('profile.wrong_passphrase', `“${profileId}”的口令不正确`, `the passphrase for "${profileId}" is not correct`, { field: 'passphrase' }));
  }
  return { actor: row.id, role: row.role };
}

/** Verifies the passphrase and returns the actor to write as; both outcomes are audited. */
export async function signIn(db: XinpingDb, profileId: string, passphrase: string, options: LifecycleOptions = {}): Promise<Actor> {
  const clock = clockOf(options);
  const row = await db.profiles.get(profileId);
  if (!row) fail(unknownProfile(profileId));
  const actor: Actor = { actor: row.id, role: row.role };
  const isRight = await verifyPassphrase(passphrase, row.passphrase);
  const action = isRight ? 'profile.sign-in' : 'profile.sign-in.failed';
  await write(db, actor, OPERATIONS.signIn, (scope) => {
    scope.record({ action, entity: 'profiles', entityId: row.id, before: null, after: { role: row.role } });
    return Promise.resolve();
  }, { ...clock.write, tables: TABLES });
  if (!isRight) fail(userError('profile.wrong_passphrase', `“${profileId}”的口令不正确`, `the passphrase for "${profileId}" is not correct`, { field: 'passphrase' }));
  return actor;
}
