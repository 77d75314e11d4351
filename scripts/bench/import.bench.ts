// import_vs_bulkput_ratio: importing 10,000 application rows from an .xlsx through the app's own
// path (the import worker's engine: read + check + one write() with its audit entries), divided
// by a raw Dexie bulkPut of the same enterprise and dossier records. Both sides run in Node on
// fake-indexeddb, the engine the unit tests use. See docs/benchmarks-import.md.
import ExcelJS from 'exceljs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createImportEngine } from '../../renderer/features/import/engine';
import type { WorkerReply, WorkerRequest } from '../../renderer/features/import/protocol';
import { XinpingDb } from '../../renderer/db/schema';
import { write, type Actor } from '../../renderer/db/write';
import { contentHash } from '../../shared/canonical';
import { completeCreditCode } from '../../shared/credit-code';
import { decideRows } from '../../shared/import/decide';
import { inspectSheet, planImport } from '../../shared/import/plan';
import { buildRecords } from '../../shared/import/records';
import { readSheet } from '../../renderer/features/import/read-file';
import { batchCreditCodes, enterprisesByCode } from '../../renderer/features/import/lookup';
import { toDossierRow } from '../../renderer/db/rows';
import type { Batch } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import type { Figure } from './figure';

const ROWS = 10_000;
const RUNS = 3;
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const STAFF: Actor = { actor: '工作人员', role: 'staff' };
const REGIONS: readonly (readonly [string, string])[] = [['北京', '11'], ['上海', '31'], ['广东', '44'], ['江苏', '32'], ['浙江', '33'], ['山东', '37'], ['四川', '51'], ['湖北', '42']];
let dbCounter = 0;

function code(n: number): string {
  let body = '';
  for (let k = 0, rest = n; k < 8; k++, rest = Math.floor(rest / 31)) body += CHARSET[rest % 31];
  return completeCreditCode(`91${REGIONS[n % REGIONS.length]?.[1] ?? '11'}0000${body}`);
}

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('申报企业');
  sheet.addRow(['序号', '企业名称', '统一社会信用代码', '所在地区', '所属行业', '联系人', '联系电话']);
  for (let i = 0; i < ROWS; i++) sheet.addRow([i + 1, `测试${i}号质量检测技术有限公司`, code(i), REGIONS[i % REGIONS.length]?.[0] ?? '', '检验检测', '张伟', `1380013${String(i).padStart(4, '0')}`]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function freshDb(): Promise<XinpingDb> {
  dbCounter += 1;
  const db = new XinpingDb(`bench-import-${process.pid}-${dbCounter}`, { indexedDB, IDBKeyRange });
  const now = new Date().toISOString();
  const batch: Batch = {
    id: 'bench', title: '2026年第一批', associationName: '中国质量检验协会', associationNumber: '001', year: 2026, evaluationTypes: ['enterprise'],
    checklistId: 'caqi-default-v1', gradeScaleId: 'nine-grade-v1', noticeDays: 10, noticeDayType: 'calendar', consolidation: 'mean', spreadThreshold: 2,
    status: 'open', createdAt: now, updatedAt: now,
  };
  await write(db, STAFF, OPERATIONS.createBatch, (scope) => scope.put('batches', batch));
  return db;
}

type Phases = { read: number; check: number; write: number; total: number };

/** The worker's engine, message by message, as the dialog drives it. */
async function importOnce(bytes: Uint8Array): Promise<{ phases: Phases; db: XinpingDb }> {
  const db = await freshDb();
  let last: WorkerReply | undefined;
  const engine = createImportEngine({ db, post: (reply) => { if (reply.type !== 'progress') last = reply; } });
  const send = async (request: WorkerRequest): Promise<{ reply: WorkerReply; ms: number }> => {
    const start = performance.now();
    await engine.handle(request);
    if (!last || last.type === 'failed') throw new Error(`import failed: ${JSON.stringify(last)}`);
    return { reply: last, ms: performance.now() - start };
  };
  const read = await send({ type: 'read', id: 1, fileName: 'bench.xlsx', bytes: bytes.slice() });
  if (read.reply.type !== 'read') throw new Error('no sheet');
  const check = await send({ type: 'preview', id: 2, batchId: 'bench', mapping: read.reply.info.mapping });
  const commit = await send({ type: 'commit', id: 3, batchId: 'bench', evaluationType: 'enterprise', acceptances: [], actor: STAFF });
  if (commit.reply.type !== 'committed' || commit.reply.outcome.imported !== ROWS) throw new Error(`imported ${JSON.stringify(commit.reply)}`);
  return { phases: { read: read.ms, check: check.ms, write: commit.ms, total: read.ms + check.ms + commit.ms }, db };
}

/** The same records, straight into Dexie: one transaction, two bulkPuts, no checks, no audit. */
async function bulkPutOnce(source: XinpingDb): Promise<number> {
  const [enterprises, dossiers] = await Promise.all([source.enterprises.toArray(), source.dossiers.toArray()]);
  const db = await freshDb();
  const start = performance.now();
  await db.transaction('rw', db.enterprises, db.dossiers, async () => {
    await db.enterprises.bulkPut(enterprises);
    await db.dossiers.bulkPut(dossiers);
  });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/**
 * What-if, NOT the app's path: the same read, check and one write(), but the records go in with
 * bulkPut and the log gets ONE entry for the import (row count, ids, content hash) instead of one
 * per record. Measured to inform the audit design discussed in docs/benchmarks-import.md.
 */
async function summaryAuditOnce(bytes: Uint8Array): Promise<number> {
  const db = await freshDb();
  const start = performance.now();
  const sheet = await readSheet('bench.xlsx', bytes.slice());
  const shape = inspectSheet(sheet);
  if (!shape.ok) throw new Error(shape.error.en);
  const plan = planImport(sheet, shape.value, shape.value.mapping, { existingCodes: await batchCreditCodes(db, 'bench') });
  const decision = decideRows(plan, [], STAFF.actor, new Date().toISOString());
  await write(db, STAFF, OPERATIONS.importApplications, async (scope) => {
    const known = await enterprisesByCode(scope.db, decision.rows.map((r) => r.values.creditCode));
    const records = buildRecords(decision.rows, { batchId: 'bench', evaluationType: 'enterprise', now: new Date().toISOString(), newId: () => crypto.randomUUID(), known });
    const byId = new Map(records.fresh.map((e) => [e.id, e] as const));
    const rows = records.dossiers.flatMap((d) => {
      const enterprise = byId.get(d.enterpriseId);
      return enterprise ? [toDossierRow(d, enterprise)] : [];
    });
    await scope.db.enterprises.bulkPut([...records.fresh]);
    await scope.db.dossiers.bulkPut(rows);
    scope.record({ action: 'import', entity: 'batches', entityId: 'bench', before: null, after: {
      rows: rows.length, enterpriseIds: records.fresh.map((e) => e.id), dossierIds: rows.map((r) => r.id), sha256: contentHash({ enterprises: records.fresh, dossiers: rows }),
    } });
  }, { tables: ['batches', 'enterprises', 'dossiers'] });
  const ms = performance.now() - start;
  db.close();
  return ms;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (ms: number): number => Math.round(ms);

export async function* run(): AsyncGenerator<Figure> {
  const bytes = await workbook();
  const imports: Phases[] = [];
  const raws: number[] = [];
  const whatIfs: number[] = [];
  // One warm-up pair (JIT), then alternate so drift hits both sides alike.
  for (let i = 0; i <= RUNS; i++) {
    const { phases, db } = await importOnce(bytes);
    const raw = await bulkPutOnce(db);
    db.close();
    const whatIf = await summaryAuditOnce(bytes);
    if (i === 0) continue;
    imports.push(phases);
    raws.push(raw);
    whatIfs.push(whatIf);
  }
  const pick = (key: keyof Phases): number => median(imports.map((p) => p[key]));
  const raw = median(raws);
  yield {
    name: 'import_vs_bulkput_ratio',
    value: pick('total') / raw,
    unit: 'x',
    target: 1.5,
    note: `${ROWS} rows, ${bytes.byteLength} B xlsx, fake-indexeddb on Node ${process.versions.node}; median of ${RUNS}: import ${round(pick('total'))} ms `
      + `(read ${round(pick('read'))}, check ${round(pick('check'))}, write+audit ${round(pick('write'))}) vs bulkPut ${round(raw)} ms`,
  };
  yield {
    name: 'import_vs_bulkput_ratio_if_summary_audit',
    value: median(whatIfs) / raw,
    unit: 'x',
    target: 1.5,
    note: `what-if, not the app's path: one audit entry per import instead of one per record; ${round(median(whatIfs))} ms vs bulkPut ${round(raw)} ms`,
  };
}
