// import_vs_bulkput_ratio: importing 10,000 application rows from an .xlsx through the app's own
// path (the import worker's engine: read + check + one write() with its one audit entry), divided
// by a raw Dexie bulkPut of the same enterprise and dossier records. Both sides run in Node on
// fake-indexeddb, the engine the unit tests use. See docs/benchmarks-import.md.
import { loadavg } from 'node:os';
import ExcelJS from 'exceljs';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createImportEngine } from '../../renderer/features/import/engine';
import type { WorkerReply, WorkerRequest } from '../../renderer/features/import/protocol';
import { XinpingDb } from '../../renderer/db/schema';
import { write, type Actor } from '../../renderer/db/write';
import { completeCreditCode } from '../../shared/credit-code';
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

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (ms: number): number => Math.round(ms);

export async function* run(): AsyncGenerator<Figure> {
  const bytes = await workbook();
  const imports: Phases[] = [];
  const raws: number[] = [];
  // One warm-up pair (JIT), then alternate so drift hits both sides alike.
  for (let i = 0; i <= RUNS; i++) {
    const { phases, db } = await importOnce(bytes);
    const raw = await bulkPutOnce(db);
    db.close();
    if (i === 0) continue;
    imports.push(phases);
    raws.push(raw);
  }
  const pick = (key: keyof Phases): number => median(imports.map((p) => p[key]));
  const raw = median(raws);
  yield {
    name: 'import_vs_bulkput_ratio',
    value: pick('total') / raw,
    unit: 'x',
    target: 1.5,
    note: `${ROWS} rows, ${bytes.byteLength} B xlsx, fake-indexeddb on Node ${process.versions.node}; median of ${RUNS}: import ${round(pick('total'))} ms `
      + `(read ${round(pick('read'))}, check ${round(pick('check'))}, write+audit ${round(pick('write'))}) vs bulkPut ${round(raw)} ms; load ${loadavg()[0]?.toFixed(1)}`,
  };
}
