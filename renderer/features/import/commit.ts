// The commit: every accepted row in ONE write() call, so the import and its audit entry land
// together or not at all. Cancelling throws inside the transaction, which rolls it back.
// Lean on purpose (docs/benchmarks-import.md): new records are added without before-reads and
// logged by ONE audit entry (ids + SHA-256 of the records); only enterprises already on file
// that the file changes get an entry each, with their before and after.
import { userError, XinpingError } from '../../../shared/errors';
import { batchClosedError } from '../../../shared/import/batch-open';
import type { AcceptedRow } from '../../../shared/import/decide';
import { issueAt, type ImportIssue } from '../../../shared/import/issues';
import { buildRecords } from '../../../shared/import/records';
import type { Enterprise, EvaluationType, Id } from '../../../shared/model';
import { OPERATIONS } from '../../../shared/operations';
import { putEnterprise } from '../../db/records';
import { toDossierRow } from '../../db/rows';
import type { XinpingDb } from '../../db/schema';
import { write, type Actor, type WriteScope } from '../../db/write';
import { batchCreditCodes, enterprisesByCode } from './lookup';

export type CommitRequest = {
  readonly fileName: string;
  readonly batchId: Id;
  readonly evaluationType: EvaluationType;
  readonly rows: readonly AcceptedRow[];
  /** Column of the credit code, to locate late-found duplicates. */
  readonly codeColumn?: number;
};

export type CommitOptions = {
  readonly onProgress?: (done: number, total: number) => void;
  readonly isCancelled?: () => boolean;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Rows per step between progress reports and cancel checks. */
  readonly chunkSize?: number;
};

export type CommitResult = {
  readonly imported: number;
  readonly enterprisesCreated: number;
  readonly enterprisesUpdated: number;
  /** Rows another window put into the batch after the preview; skipped. */
  readonly lateDuplicates: readonly ImportIssue[];
};

export const CANCELLED_CODE = 'import.cancelled';
/** The audit action of an import's one summary entry (entity: the batch). */
export const IMPORT_ACTION = 'batch.import';

const TABLES = ['batches', 'enterprises', 'dossiers'] as const;

export async function commitImport(db: XinpingDb, actor: Actor, request: CommitRequest, options: CommitOptions = {}): Promise<CommitResult> {
  const now = options.now ?? ((): Date => new Date());
  const chunkSize = options.chunkSize ?? 500;
  const checkCancel = (): void => {
    if (options.isCancelled?.()) throw new XinpingError(userError(CANCELLED_CODE, '导入已取消，未写入任何数据', 'The import was cancelled; nothing was written'));
  };
  return write(db, actor, OPERATIONS.importApplications, async (scope) => {
    checkCancel();
    await checkBatch(scope, request);
    // Checked again inside the transaction: another window may have imported since the preview.
    const inBatch = await batchCreditCodes(scope.db, request.batchId);
    const late = request.rows.filter((r) => inBatch.has(r.values.creditCode));
    const rows = request.rows.filter((r) => !inBatch.has(r.values.creditCode));
    const known = await enterprisesByCode(scope.db, rows.map((r) => r.values.creditCode));
    const stamp = now().toISOString();
    const records = buildRecords(rows, { batchId: request.batchId, evaluationType: request.evaluationType, now: stamp, newId: options.newId ?? (() => crypto.randomUUID()), known });
    const total = records.fresh.length + records.changed.length + records.dossiers.length;
    let done = 0;
    const step = async <T>(items: readonly T[], put: (chunk: readonly T[]) => Promise<unknown>): Promise<void> => {
      for (let start = 0; start < items.length; start += chunkSize) {
        checkCancel();
        const chunk = items.slice(start, start + chunkSize);
        await put(chunk);
        done += chunk.length;
        options.onProgress?.(done, total);
      }
    };
    // Every dossier's enterprise is in hand (new, changed or on file): no read per row.
    const byId = new Map<string, Enterprise>([...known.values(), ...records.fresh, ...records.changed].map((e) => [e.id, e]));
    const dossierRows = records.dossiers.map((d) => toDossierRow(d, enterpriseOf(byId, d.enterpriseId)));
    // Dossiers before enterprises: the audit digest then meets the tables in canonical (sorted)
    // order and hashes each chunk while IndexedDB stores it. New enterprises skip putEnterprise,
    // whose refresh of their dossier rows would find them already in step.
    await step(dossierRows, (chunk) => scope.createMany('dossiers', chunk));
    await step(records.fresh, (chunk) => scope.createMany('enterprises', chunk));
    await step(records.changed, (chunk) => Promise.all(chunk.map((e) => putEnterprise(scope, e))));
    checkCancel();
    if (records.fresh.length + dossierRows.length > 0) {
      scope.recordBulk({ action: IMPORT_ACTION, entity: 'batches', entityId: request.batchId, about: { file: request.fileName, evaluationType: request.evaluationType } });
    }
    return {
      imported: records.dossiers.length,
      enterprisesCreated: records.fresh.length,
      enterprisesUpdated: records.changed.length,
      lateDuplicates: late.map((r) => lateDuplicate(request, r)),
    };
  }, { tables: TABLES, now });
}

export function isCancellation(error: unknown): boolean {
  return error instanceof XinpingError && error.detail.code === CANCELLED_CODE;
}

function enterpriseOf(byId: ReadonlyMap<string, Enterprise>, id: string): Enterprise {
  const enterprise = byId.get(id);
  // buildRecords only refers to enterprises it was given or created: this is a bug, not bad input.
  if (!enterprise) throw new Error(`import: no enterprise ${id} for a new dossier`);
  return enterprise;
}

async function checkBatch(scope: WriteScope, request: CommitRequest): Promise<void> {
  const batch = await scope.db.batches.get(request.batchId);
  if (!batch) {
    throw new XinpingError(userError('import.batch_missing', `批次 ${request.batchId} 不存在（可能已被删除）`, `The batch ${request.batchId} does not exist (it may have been deleted)`));
  }
  const closed = batchClosedError(batch);
  if (closed) throw new XinpingError(closed);
  if (!batch.evaluationTypes.includes(request.evaluationType)) {
    throw new XinpingError(userError('import.evaluation_type', `批次“${batch.title}”不包含所选的评价类型`, `The batch "${batch.title}" does not include the chosen evaluation type`, { field: '评价类型' }));
  }
}

function lateDuplicate(request: CommitRequest, row: AcceptedRow): ImportIssue {
  const code = row.values.creditCode;
  const place = { file: request.fileName, row: row.row, field: 'creditCode' as const, ...(request.codeColumn ? { col: request.codeColumn } : {}) };
  return issueAt('duplicate', { code: 'import.duplicate_in_batch', zh: `统一社会信用代码 ${code} 的企业在预览之后已被加入本批次，未重复导入`, en: `an enterprise with the credit code ${code} was added to this batch after the preview; it was not imported twice` }, place, code);
}
