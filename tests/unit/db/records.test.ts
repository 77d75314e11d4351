import { afterEach, describe, expect, it } from 'vitest';
import { putDossiers, putEnterprise } from '../../../renderer/db/records';
import type { XinpingDb } from '../../../renderer/db/schema';
import { onWriteError, write } from '../../../renderer/db/write';
import { dossier, enterprise, openTestDb, staff } from './helpers';

let db: XinpingDb;
afterEach(() => db.close());

const label = { zh: '导入申报', en: 'Import applications' };

describe('records that keep dossier rows in step', () => {
  it('copies the enterprise fields onto new dossiers and refreshes them when the enterprise changes', async () => {
    db = openTestDb();
    const e1 = enterprise('e1', '北京检测仪器有限公司', '91110000600001760P', '北京', '仪器');
    await write(db, staff, label, async (s) => {
      await putEnterprise(s, e1);
      await putDossiers(s, [dossier('d1', 'b1', 'e1'), dossier('d2', 'b2', 'e1')]);
    });
    expect(await db.dossiers.get('d1')).toMatchObject({ enterpriseName: '北京检测仪器有限公司', region: '北京', industry: '仪器' });

    await write(db, staff, { zh: '企业更名', en: 'Rename enterprise' }, (s) => putEnterprise(s, { ...e1, name: '北京检测科技有限公司' }));
    const rows = await db.dossiers.where('[batchId+enterpriseName]').equals(['b2', '北京检测科技有限公司']).toArray();
    expect(rows.map((r) => r.id)).toEqual(['d2']);
    const last = await db.audit.orderBy('seq').reverse().limit(3).toArray();
    expect(last.map((e) => [e.entity, e.entityId]).sort()).toEqual([['dossiers', 'd1'], ['dossiers', 'd2'], ['enterprises', 'e1']]);
  });

  it('refuses a dossier whose enterprise does not exist, and saves none of the batch', async () => {
    db = openTestDb();
    const seen: string[] = [];
    const stop = onWriteError((f) => seen.push(f.error.code));
    await write(db, staff, label, (s) => putEnterprise(s, enterprise('e1', '甲', 'X')));
    const attempt = write(db, staff, label, (s) => putDossiers(s, [dossier('d1', 'b1', 'e1'), dossier('d2', 'b1', 'missing')]));
    await expect(attempt).rejects.toMatchObject({ detail: { code: 'db.unknown_enterprise', at: { path: 'd2' } } });
    stop();
    expect(seen).toEqual(['db.unknown_enterprise']);
    expect(await db.dossiers.count()).toBe(0);
  });
});
