import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Role } from '../../../shared/model';

// The local profile working at this workstation. Issue 5 adds passphrases per profile.
export type Session = { readonly actor: string; readonly role: Role };

type SessionContextValue = Session & { switchRole(role: Role): void };

const STORAGE_KEY = 'xinping.session';
const DEFAULT_ACTORS: Record<Role, string> = { reviewer: '评审员甲', staff: '工作人员', supervisor: '主管' };
const SessionContext = createContext<SessionContextValue | null>(null);

function loadSession(): Session {
  const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
  const role = raw === 'reviewer' || raw === 'staff' || raw === 'supervisor' ? raw : 'staff';
  return { role, actor: DEFAULT_ACTORS[role] };
}

export function SessionProvider({ children }: { children: ReactNode }): ReactNode {
  const [session, setSession] = useState<Session>(loadSession);
  const switchRole = useCallback((role: Role) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, role);
    setSession({ role, actor: DEFAULT_ACTORS[role] });
  }, []);
  const value = useMemo(() => ({ ...session, switchRole }), [session, switchRole]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
