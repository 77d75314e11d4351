import { userError, XinpingError, type UserError } from '../../shared/errors';
import type { Operation } from '../../shared/operations';

/** The operation a write performs, as the user would name it, and who may perform it. */
export type OperationLabel = Operation;

export type WriteFailure = {
  readonly operation: OperationLabel;
  readonly error: UserError;
  /** What IndexedDB, Dexie or the operation itself threw. */
  readonly cause: unknown;
};

type Reason = { readonly code: string; readonly zh: string; readonly en: string };

const REASONS: Readonly<Record<string, Reason>> = {
  QuotaExceededError: { code: 'db.quota', zh: '存储空间已满，请释放磁盘空间后重试', en: 'storage is full; free some disk space and try again' },
  ConstraintError: { code: 'db.constraint', zh: '已存在相同编号的记录', en: 'a record with the same key already exists' },
  DataCloneError: { code: 'db.data', zh: '数据中含有无法保存的值', en: 'the data contains a value that cannot be stored' },
  DataError: { code: 'db.data', zh: '记录的编号或索引字段无效', en: 'a record has an invalid key or indexed field' },
  DatabaseClosedError: { code: 'db.closed', zh: '数据库已关闭，请重新打开应用', en: 'the database is closed; reopen the app' },
  InvalidStateError: { code: 'db.closed', zh: '数据库已关闭，请重新打开应用', en: 'the database is closed; reopen the app' },
  VersionError: { code: 'db.version', zh: '数据库版本比本程序新，请升级应用', en: 'the database is newer than this app; update the app' },
  UpgradeError: { code: 'db.version', zh: '数据库升级失败', en: 'the database upgrade failed' },
  InvalidTableError: { code: 'db.scope', zh: '操作使用了未声明的数据表', en: 'the operation used a table outside its transaction' },
  NotFoundError: { code: 'db.scope', zh: '操作使用了未声明的数据表', en: 'the operation used a table outside its transaction' },
  ReadOnlyError: { code: 'db.scope', zh: '只读事务中不能写入', en: 'cannot write in a read-only transaction' },
  AbortError: { code: 'db.aborted', zh: '事务被中止', en: 'the transaction was aborted' },
  TimeoutError: { code: 'db.timeout', zh: '数据库操作超时', en: 'the database operation timed out' },
};

const GENERIC: Reason = { code: 'db.failed', zh: '数据库写入失败', en: 'the database write failed' };

/** The user-facing error for a failed write: names the operation and says nothing was saved. */
export function describeWriteFailure(operation: OperationLabel, cause: unknown): WriteFailure {
  if (cause instanceof XinpingError) {
    const { code, zh, en, at } = cause.detail;
    const error = userError(code, `“${operation.zh}”未能完成：${zh}`, `"${operation.en}" was not completed: ${en}`, at);
    return { operation, error, cause };
  }
  const reason = reasonOf(cause);
  const error = userError(
    reason.code,
    `“${operation.zh}”未能保存：${reason.zh}。本次操作的改动均未写入。`,
    `"${operation.en}" was not saved: ${reason.en}. None of this operation's changes were written.`,
  );
  return { operation, error, cause };
}

/** The thrown form callers see: the described error, with the original as its cause. */
export function toThrown(failure: WriteFailure): XinpingError {
  const thrown = new XinpingError(failure.error);
  thrown.cause = failure.cause;
  return thrown;
}

/** Dexie wraps the IndexedDB error (AbortError.inner, BulkError.failures); find the root name. */
function reasonOf(cause: unknown, depth = 0): Reason {
  if (depth > 5 || typeof cause !== 'object' || cause === null) return GENERIC;
  const name = 'name' in cause && typeof cause.name === 'string' ? cause.name : '';
  const inner = innerOf(cause);
  if (inner !== undefined && (name === 'AbortError' || name === 'BulkError' || name === 'ModifyError' || !(name in REASONS))) {
    const found = reasonOf(inner, depth + 1);
    if (found !== GENERIC) return found;
  }
  return REASONS[name] ?? GENERIC;
}

function innerOf(cause: object): unknown {
  if ('inner' in cause && cause.inner) return cause.inner;
  if ('failures' in cause && Array.isArray(cause.failures)) return cause.failures[0];
  if ('cause' in cause && cause.cause) return cause.cause;
  return undefined;
}
