import { afterAll, describe, expect, it } from 'vitest';
import { putDossiers, putEnterprise } from '../../../renderer/db/records';
import { fromDossierRow, toDossierRow } from '../../../renderer/db/rows';
import { write } from '../../../renderer/db/write';
import { dossier, enterprise, openTestDb, staff } from '../db/helpers';

const override = { reason: '试点期赋码', by: '工作人员', at: '2015-07-01T00:00:00.000Z' };

describe('credit-code flags on dossier rows', () => {
  const db = openTestDb();
  afterAll(() => db.close());

  it('marks overridden and sample codes, and leaves ordinary rows without the fields', () => {
    const plain = toDossierRow(dossier('d1', 'b1', 'e1'), enterprise('e1', '甲公司', '91110108596132484B'));
    expect(plain).not.toHaveProperty('isCreditCodeOverridden');
    expect(plain).not.toHaveProperty('isSampleCode');
    const flagged = toDossierRow(dossier('d1', 'b1', 'e1'), { ...enterprise('e1', '甲公司', '91110108596132484A'), creditCodeOverride: override, isSampleCode: true });
    expect(flagged).toMatchObject({ isCreditCodeOverridden: true, isSampleCode: true });
    expect(fromDossierRow(flagged)).toEqual(dossier('d1', 'b1', 'e1'));
  });

  it('keeps the flags in step when the enterprise is saved again', async () => {
    const e = { ...enterprise('e1', '甲公司', '91110108596132484A'), creditCodeOverride: override };
    await write(db, staff, { zh: '导入', en: 'Import' }, async (scope) => {
      await scope.put('enterprises', e);
      await putDossiers(scope, [dossier('d1', 'b1', 'e1')]);
    });
    expect((await db.dossiers.get('d1'))?.isCreditCodeOverridden).toBe(true);
    const { creditCodeOverride: _dropped, ...corrected } = { ...e, creditCode: '91110108596132484B' };
    await write(db, staff, { zh: '更正', en: 'Correct' }, (scope) => putEnterprise(scope, corrected));
    const row = await db.dossiers.get('d1');
    expect(row?.creditCode).toBe('91110108596132484B');
    expect(row).not.toHaveProperty('isCreditCodeOverridden');
  });
});
