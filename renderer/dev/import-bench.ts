// import_vs_bulkput_ratio, the measurement itself: 10,000 application rows imported from an
// .xlsx through the import worker's engine (read → preview → commit, one write() with its one
// audit entry), against a raw Dexie bulkPut of the same records into a fresh database. Shared by
// the Chromium run (dev/import-bench.worker.ts, real IndexedDB) and the Node run (fake-indexeddb).
import ExcelJS from 'exceljs';
import { completeCreditCode } from '../../shared/credit-code';
import type { Enterprise } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import { newBatch } from '../../shared/resources';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor } from '../db/write';
import { createImportEngine } from '../features/import/engine';
import type { WorkerReply, WorkerRequest } from '../features/import/protocol';

const IMPORT_BENCH_ROWS = 10_000;
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const STAFF: Actor = { actor: '工作人员', role: 'staff' };
const REGIONS: readonly (readonly [string, string])[] = [['北京', '11'], ['上海', '31'], ['广东', '44'], ['江苏', '32'], ['浙江', '33'], ['山东', '37'], ['四川', '51'], ['湖北', '42']];

function code(n: number): string {
  let body = '';
  for (let k = 0, rest = n; k < 8; k++, rest = Math.floor(rest / 31)) body += CHARSET[rest % 31];
  return completeCreditCode(`91${REGIONS[n % REGIONS.length]?.[1] ?? '11'}0000${body}`);
}

/** An applications workbook as an association's staff would send it: one sheet, Chinese headers. */
async function benchWorkbook(rows = IMPORT_BENCH_ROWS): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('申报企业');
  sheet.addRow(['序号', '企业名称', '统一社会信用代码', '所在地区', '所属行业', '联系人', '联系电话']);
  for (let i = 0; i < rows; i++) sheet.addRow([i + 1, `测试${i}号质量检测技术有限公司`, code(i), REGIONS[i % REGIONS.length]?.[0] ?? '', '检验检测', '张伟', `1380013${String(i).padStart(4, '0')}`]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const BATCH_ID = 'bench-import';

async function withBatch(db: XinpingDb): Promise<void> {
  const batch = newBatch({ id: BATCH_ID, title: '2026年第一批', year: 2026, createdAt: new Date().toISOString() });
  await write(db, STAFF, OPERATIONS.createBatch, (scope) => scope.put('batches', batch));
}

export type ImportPhases = { readonly read: number; readonly check: number; readonly write: number; readonly total: number };

/** The engine, message by message, as the import dialog drives it. */
async function importOnce(db: XinpingDb, bytes: Uint8Array): Promise<ImportPhases> {
  await withBatch(db);
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
  const check = await send({ type: 'preview', id: 2, batchId: BATCH_ID, mapping: read.reply.info.mapping });
  const commit = await send({ type: 'commit', id: 3, batchId: BATCH_ID, evaluationType: 'enterprise', acceptances: [], actor: STAFF });
  if (commit.reply.type !== 'committed' || commit.reply.outcome.imported !== read.reply.info.dataRows) throw new Error(`imported ${JSON.stringify(commit.reply)}`);
  return { read: read.ms, check: check.ms, write: commit.ms, total: read.ms + check.ms + commit.ms };
}

type BenchRecords = { readonly enterprises: readonly Enterprise[]; readonly dossiers: readonly DossierRow[] };

/** The records an import wrote, for the raw side to put. */
async function writtenRecords(db: XinpingDb): Promise<BenchRecords> {
  const [enterprises, dossiers] = await Promise.all([db.enterprises.toArray(), db.dossiers.toArray()]);
  return { enterprises, dossiers };
}

/** The same records, straight into Dexie: one transaction, two bulkPuts, no checks, no audit. */
async function bulkPutOnce(db: XinpingDb, records: BenchRecords): Promise<number> {
  await withBatch(db);
  const start = performance.now();
  await db.transaction('rw', db.enterprises, db.dossiers, async () => {
    await db.enterprises.bulkPut([...records.enterprises]);
    await db.dossiers.bulkPut([...records.dossiers]);
  });
  return performance.now() - start;
}

export type ImportBenchResult = { readonly bytes: number; readonly rows: number; readonly imports: readonly ImportPhases[]; readonly bulkPuts: readonly number[] };

export type MeasureOptions = {
  /** A database of this name, not yet opened; it is closed and deleted when done with. */
  readonly open: (name: string) => XinpingDb;
  readonly runs?: number;
  readonly onProgress?: (line: string) => void;
};

/**
 * A warm-up import (JIT; its records are what the raw side puts), then `runs` pairs of one
 * import and one bulkPut, each into a fresh database, the order swapped every pair so that
 * drift and the storage engine's background work after the previous pair hit both sides alike.
 */
export async function measureImport({ open, runs = 4, onProgress }: MeasureOptions): Promise<ImportBenchResult> {
  const dispose = async (db: XinpingDb): Promise<void> => {
    db.close();
    await db.delete();
  };
  const bytes = await benchWorkbook();
  const warm = open('bench-import-warm-up');
  await importOnce(warm, bytes);
  const records = await writtenRecords(warm);
  await dispose(warm);
  const imports: ImportPhases[] = [];
  const bulkPuts: number[] = [];
  const importRun = async (i: number): Promise<void> => {
    const db = open(`bench-import-${i}`);
    imports.push(await importOnce(db, bytes));
    await dispose(db);
  };
  const rawRun = async (i: number): Promise<void> => {
    const db = open(`bench-bulkput-${i}`);
    bulkPuts.push(await bulkPutOnce(db, records));
    await dispose(db);
  };
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? [importRun, rawRun] : [rawRun, importRun]) await side(i);
    onProgress?.(`pair ${i + 1}/${runs}: import ${Math.round(imports.at(-1)?.total ?? 0)} ms, bulkPut ${Math.round(bulkPuts.at(-1) ?? 0)} ms`);
  }
  return { bytes: bytes.byteLength, rows: records.dossiers.length, imports, bulkPuts };
}
