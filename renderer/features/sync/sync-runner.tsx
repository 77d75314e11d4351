import { useEffect, type ReactNode } from 'react';
import { db } from '../../db';
import { createOutboxRunner, type OutboxRunner } from '../../sync/outbox-runner';
import { useSession } from '../session/session';
import { currentHub, hubClient, syncDb } from './sync-service';

let active: OutboxRunner | undefined;

/** The running outbox, for "retry now" buttons; undefined before the app has started it. */
export function outboxRunner(): OutboxRunner | undefined {
  return active;
}

// How often the outbox looks for due items. Short, so a retry or a hub coming back is seen soon.
const POLL_MS = 3_000;

/**
 * Background upload for the whole app, started once the session is known. The outbox and the
 * bundles are in IndexedDB, so whatever was queued before a restart is picked up here.
 */
export function SyncRunner(): ReactNode {
  const { actor, role } = useSession();
  useEffect(() => {
    const runner = createOutboxRunner({ db, syncDb, actor: { actor, role }, client: () => hubClient(), hubFingerprint: () => currentHub()?.fingerprint, pollMs: POLL_MS });
    active = runner;
    runner.start();
    return () => {
      if (active === runner) active = undefined;
      void runner.stop();
    };
  }, [actor, role]);
  return null;
}
