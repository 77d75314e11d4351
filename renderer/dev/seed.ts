import { bundledChecklists, bundledGradeScales, nineGradeScale } from '../../shared/resources';
import { XinpingDb, DEFAULT_DB_NAME } from '../db/schema';
import { benchBatch, benchRecords, BENCH_BATCH_ID } from './bench-data';
import { probe, probeCache, probeContention } from './probe';

// Dev-only page (bench and manual checks): /dev/seed.html?count=100000. Writes straight into the
// app's schema, not through write(): bench fixtures are not user work and need no audit trail.

const CHUNK = 5000;

const status = document.getElementById('status');
const progress = document.getElementById('progress');

function report(state: 'running' | 'done' | 'failed', text: string, done = 0, total = 1): void {
  if (status) {
    status.dataset.state = state;
    status.dataset.count = String(done);
    status.textContent = text;
  }
  if (progress instanceof HTMLProgressElement) {
    progress.max = total;
    progress.value = done;
  }
}

async function seed(count: number): Promise<void> {
  const db = new XinpingDb(DEFAULT_DB_NAME);
  await db.open();
  await db.transaction('rw', [db.gradeScales, db.checklists], async () => {
    await db.gradeScales.bulkPut([...bundledGradeScales.values()]);
    await db.checklists.bulkPut([...bundledChecklists.values()]);
  });
  const existing = await db.dossiers.where('batchId').equals(BENCH_BATCH_ID).count();
  if (existing === count && (await db.batches.get(BENCH_BATCH_ID))) {
    report('done', `已有 ${count} 份档案 / already seeded: ${count} dossiers`, count, count);
    return;
  }
  const started = performance.now();
  await db.transaction('rw', [db.dossiers, db.enterprises, db.batches], async () => {
    const old = await db.dossiers.where('batchId').equals(BENCH_BATCH_ID).toArray();
    await db.enterprises.bulkDelete(old.map((row) => row.enterpriseId));
    await db.dossiers.bulkDelete(old.map((row) => row.id));
    await db.batches.put(benchBatch(count));
  });
  for (let from = 0; from < count; from += CHUNK) {
    const { enterprises, rows } = benchRecords(from, Math.min(CHUNK, count - from), nineGradeScale);
    await db.transaction('rw', [db.dossiers, db.enterprises], async () => {
      await db.enterprises.bulkPut(enterprises);
      await db.dossiers.bulkPut(rows);
    });
    const done = from + rows.length;
    report('running', `${done} / ${count}`, done, count);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  report('done', `已写入 ${count} 份档案，用时 ${seconds} 秒 / seeded ${count} dossiers in ${seconds} s`, count, count);
  db.close();
}

async function runProbe(): Promise<void> {
  const db = new XinpingDb(DEFAULT_DB_NAME);
  const out = document.createElement('pre');
  out.id = 'probe';
  const kind = new URLSearchParams(location.search).get('probe');
  const lines = kind === 'cache' ? await probeCache(db) : kind === 'contention' ? await probeContention(db) : await probe(db);
  out.textContent = JSON.stringify(lines, null, 1);
  document.body.append(out);
  db.close();
}

const requested = Number(new URLSearchParams(location.search).get('count') ?? 100_000);
const count = Number.isInteger(requested) && requested > 0 && requested <= 1_000_000 ? requested : 100_000;
const isProbe = new URLSearchParams(location.search).has('probe');
(isProbe ? runProbe() : seed(count)).catch((error: unknown) => {
  report('failed', `写入失败 / seeding failed: ${String(error)}`);
  console.error('bench seeding failed', error);
});
