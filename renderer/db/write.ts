import type { AuditDraft } from '../../shared/audit';
import { XinpingError } from '../../shared/errors';
import { isAllowed, refusalError } from '../../shared/operations';
import { appendAudit } from './audit';
import { RECORD_TABLES, type RecordTable, type TableName } from './rows';
import type { XinpingDb } from './schema';
import { createScope, type Actor, type WriteScope } from './write-scope';
import { describeWriteFailure, toThrown, type OperationLabel, type WriteFailure } from './write-errors';

export type { Actor, AuditChange, BulkChange, WriteScope } from './write-scope';
export type { OperationLabel, WriteFailure } from './write-errors';

/** Seeding, migrations and other work no person started. */
export const SYSTEM_ACTOR: Actor = { actor: 'system', role: 'supervisor' };

export type WriteOptions = {
  /** Narrow the transaction (default: every record table) so long writes block fewer readers. */
  readonly tables?: readonly RecordTable[];
  /** Clock for the audit timestamp (tests). */
  readonly now?: () => Date;
};

type WriteErrorListener = (failure: WriteFailure) => void;

const listeners = new Set<WriteErrorListener>();

/** Subscribes to failed writes (the shell shows them as notifications); returns the unsubscribe. */
export function onWriteError(listener: WriteErrorListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The one way the app changes data. Runs `fn` in a rw transaction and appends its audit entries
 * in that same transaction, so a change and its record commit or vanish together. On failure
 * every subscriber hears about it, named by `label`, and the caller gets a XinpingError (cause:
 * the original error). An actor whose role may not perform `label` is refused before anything runs.
 */
export async function write<T>(
  db: XinpingDb,
  actor: Actor,
  label: OperationLabel,
  fn: (scope: WriteScope) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const tables: TableName[] = [...(options.tables ?? RECORD_TABLES), 'audit'];
  if (!isAllowed(actor.role, label)) {
    const failure = describeWriteFailure(label, new XinpingError(refusalError(actor.role, label)));
    notify(failure);
    throw toThrown(failure);
  }
  const at = (options.now ?? ((): Date => new Date()))().toISOString();
  try {
    return await db.transaction('rw', tables, async () => {
      const drafts: AuditDraft[] = [];
      const scope = createScope(db, actor, at, drafts);
      const result = await fn(scope);
      scope.assertLogged();
      await appendAudit(db.audit, drafts);
      return result;
    });
  } catch (cause) {
    const failure = describeWriteFailure(label, cause);
    notify(failure);
    throw toThrown(failure);
  }
}

function notify(failure: WriteFailure): void {
  for (const listener of listeners) {
    try {
      listener(failure);
    } catch (error) {
      // A broken listener must not hide the write's own failure from the caller or other listeners.
      console.error('write error listener failed', error);
    }
  }
}
