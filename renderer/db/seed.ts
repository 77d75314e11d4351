import { bundledChecklists, bundledGradeScales, sampleCaqi2015 } from '../../shared/resources';
import { putDossiers } from './records';
import type { RecordTable, Rows } from './rows';
import type { XinpingDb } from './schema';
import { SYSTEM_ACTOR, write, type WriteScope } from './write';

/** Settings key marking that the sample batch was loaded once; deleting the batch later sticks. */
export const SAMPLE_SEED_KEY = 'seed.sample-caqi-2015-3';

const SEED_TABLES = ['settings', 'checklists', 'gradeScales', 'enterprises', 'batches', 'dossiers'] as const satisfies readonly RecordTable[];

/**
 * First run: puts the bundled checklists, grade scales and the sample batch in, as 'system',
 * through the audited write path. Safe to call on every start and from two windows at once:
 * the check and the writes share one transaction.
 */
export async function ensureSampleData(db: XinpingDb): Promise<void> {
  await write(
    db,
    SYSTEM_ACTOR,
    { zh: '载入内置指标体系与样例数据', en: 'Load bundled checklists and sample data' },
    async (scope) => {
      // A later release may bundle more checklists or scales: those arrive on its first start.
      await addMissing(scope, 'checklists', [...bundledChecklists.values()]);
      await addMissing(scope, 'gradeScales', [...bundledGradeScales.values()]);
      if (await scope.get('settings', SAMPLE_SEED_KEY)) return;
      await putSample(scope);
      await scope.put('settings', { key: SAMPLE_SEED_KEY, value: { batchIds: sampleCaqi2015.batches.map((b) => b.id) } });
    },
    { tables: SEED_TABLES },
  );
}

/** Bundled documents are immutable once stored: add the ones not there, never overwrite. */
async function addMissing<N extends 'checklists' | 'gradeScales'>(scope: WriteScope, table: N, rows: readonly Rows[N][]): Promise<void> {
  const existing = await scope.db.table<Rows[N], string>(table).bulkGet(rows.map((row) => row.id));
  const missing = rows.filter((_, i) => existing[i] === undefined);
  if (missing.length > 0) await scope.bulkPut(table, missing);
}

async function putSample(scope: WriteScope): Promise<void> {
  const { batches, enterprises, dossiers } = sampleCaqi2015;
  await scope.bulkPut('enterprises', enterprises);
  await scope.bulkPut('batches', batches);
  await putDossiers(scope, dossiers);
}
