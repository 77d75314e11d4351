import { useEffect, useState } from 'react';
import { db } from '../db';
import { ensureSampleData } from '../db/seed';

export type StartupState = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

// Opening the database runs its upgrades; first run also puts the sample batch in.
let startup: Promise<void> | undefined;

export function useStartup(): StartupState {
  const [state, setState] = useState<StartupState>({ kind: 'loading' });
  useEffect(() => {
    startup ??= db.open().then(() => ensureSampleData(db));
    startup.then(
      () => setState({ kind: 'ready' }),
      (error: unknown) => setState({ kind: 'failed', message: `数据库无法打开 / The database could not be opened: ${String(error)}` }),
    );
  }, []);
  return state;
}
