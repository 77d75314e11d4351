import { App } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicProfile } from '../../../shared/lifecycle/types';
import type { Role } from '../../../shared/model';
import { db } from '../../db';
import type { Actor } from '../../db/write';
import { PROFILES } from '../profiles/messages';
import { SetupBanner } from '../profiles/setup-banner';
import { SetupDialog } from '../profiles/setup-dialog';
import { SignInDialog, SignInScreen } from '../profiles/sign-in-dialog';

// The person working at this workstation. Before profiles are set up (first run) anyone may switch
// roles freely under a default name; once they exist, switching asks for the profile's passphrase
// and the signed-in profile lasts for this window's session (a reload keeps it, a restart does not).
export type Session = { readonly actor: string; readonly role: Role };

type SessionContextValue = Session & {
  /** The header's role switch: immediate on first run, else through the passphrase dialog. */
  switchRole(role: Role): void;
  /** Another person (any role, or another profile of the same role) signs in. */
  switchUser(): void;
  /** Opens the first-run profile setup (supervisor only). */
  openSetup(): void;
  /** undefined while loading. */
  readonly hasProfiles: boolean | undefined;
};

const ROLE_KEY = 'xinping.session';
const PROFILE_KEY = 'xinping.profile';
const BANNER_KEY = 'xinping.profiles-banner-dismissed';
const DEFAULT_ACTORS: Record<Role, string> = { reviewer: '评审员甲', staff: '工作人员', supervisor: '主管' };
const SessionContext = createContext<SessionContextValue | null>(null);

function loadFirstRunSession(): Session {
  const raw = globalThis.localStorage?.getItem(ROLE_KEY);
  const role = raw === 'reviewer' || raw === 'staff' || raw === 'supervisor' ? raw : 'staff';
  return { role, actor: DEFAULT_ACTORS[role] };
}

type Pending = { readonly kind: 'role'; readonly role: Role } | { readonly kind: 'user' } | { readonly kind: 'setup' } | null;

export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const { message } = App.useApp();
  const { t } = useTranslation(PROFILES);
  const { t: g } = useTranslation();
  const profiles = useLiveQuery(() => db.profiles.toArray().then((rows): PublicProfile[] => rows.map(({ passphrase: _secret, ...rest }) => rest)), []);
  const [firstRun, setFirstRun] = useState<Session>(loadFirstRunSession);
  const [profileId, setProfileId] = useState<string | null>(() => globalThis.sessionStorage?.getItem(PROFILE_KEY) ?? null);
  const [pending, setPending] = useState<Pending>(null);
  const [isBannerDismissed, setIsBannerDismissed] = useState(() => globalThis.sessionStorage?.getItem(BANNER_KEY) === '1');
  const hasProfiles = profiles === undefined ? undefined : profiles.length > 0;
  const signedIn = profiles?.find((p) => p.id === profileId);
  const session: Session = hasProfiles && signedIn ? { actor: signedIn.id, role: signedIn.role } : firstRun;

  const enter = useCallback((actor: Actor) => {
    globalThis.sessionStorage?.setItem(PROFILE_KEY, actor.actor);
    setProfileId(actor.actor);
    setPending(null);
  }, []);
  const switchRole = useCallback((role: Role) => {
    if (hasProfiles) {
      setPending({ kind: 'role', role });
      return;
    }
    globalThis.localStorage?.setItem(ROLE_KEY, role);
    setFirstRun({ role, actor: DEFAULT_ACTORS[role] });
  }, [hasProfiles]);
  const switchUser = useCallback(() => setPending(hasProfiles ? { kind: 'user' } : null), [hasProfiles]);
  const openSetup = useCallback(() => setPending({ kind: 'setup' }), []);
  const onSetUp = (created: readonly PublicProfile[]): void => {
    const supervisor = created.find((p) => p.role === 'supervisor');
    if (supervisor) enter({ actor: supervisor.id, role: supervisor.role });
    setPending(null);
    void message.success(t('setup.done', { count: created.length, name: supervisor?.id ?? '' }));
  };
  const onSignedIn = (actor: Actor): void => {
    enter(actor);
    void message.success(t('signIn.signedIn', { name: actor.actor, role: g(`roles.${actor.role}`) }));
  };
  const { actor, role } = session;
  const value = useMemo(() => ({ actor, role, switchRole, switchUser, openSetup, hasProfiles }), [actor, role, switchRole, switchUser, openSetup, hasProfiles]);

  if (hasProfiles && !signedIn) {
    return <SessionContext.Provider value={value}><SignInScreen {...(profileId ? { preferred: profileId } : {})} onSignedIn={onSignedIn} /></SessionContext.Provider>;
  }
  return (
    <SessionContext.Provider value={value}>
      {hasProfiles === false && !isBannerDismissed ? (
        <SetupBanner
          role={session.role}
          onSetUp={openSetup}
          onDismiss={() => {
            globalThis.sessionStorage?.setItem(BANNER_KEY, '1');
            setIsBannerDismissed(true);
          }}
        />
      ) : null}
      {children}
      {pending?.kind === 'setup' ? <SetupDialog onDone={onSetUp} onCancel={() => setPending(null)} /> : null}
      {pending?.kind === 'role' ? <SignInDialog role={pending.role} onSignedIn={onSignedIn} onCancel={() => setPending(null)} /> : null}
      {pending?.kind === 'user' ? <SignInDialog {...(signedIn ? { preferred: signedIn.id } : {})} onSignedIn={onSignedIn} onCancel={() => setPending(null)} /> : null}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
