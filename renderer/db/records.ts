import { userError, XinpingError } from '../../shared/errors';
import type { Dossier, Enterprise } from '../../shared/model';
import { toDossierRow, type DossierRow } from './rows';
import type { WriteScope } from './write-scope';

// Writes that keep the denormalised dossier fields in step with their enterprise. Use these
// (inside write()) rather than putting enterprises or dossier rows by hand.

/** Saves an enterprise and refreshes the name, code, region and industry on its dossiers. */
export async function putEnterprise(scope: WriteScope, enterprise: Enterprise): Promise<void> {
  await scope.put('enterprises', enterprise);
  const rows = await scope.db.dossiers.where('enterpriseId').equals(enterprise.id).toArray();
  const stale = rows.filter((row) => !isInStep(row, enterprise));
  if (stale.length > 0) await scope.bulkPut('dossiers', stale.map((row) => toDossierRow(row, enterprise)));
}

/** Saves dossiers with their enterprise's fields; an unknown enterprise is an error. */
export async function putDossiers(scope: WriteScope, dossiers: readonly Dossier[]): Promise<void> {
  const ids = [...new Set(dossiers.map((d) => d.enterpriseId))];
  const found = await scope.db.enterprises.bulkGet(ids);
  const byId = new Map<string, Enterprise>();
  found.forEach((enterprise) => enterprise && byId.set(enterprise.id, enterprise));
  const rows = dossiers.map((dossier) => {
    const enterprise = byId.get(dossier.enterpriseId);
    if (!enterprise) {
      throw new XinpingError(
        userError('db.unknown_enterprise', `档案 ${dossier.id} 引用的企业 ${dossier.enterpriseId} 不存在`, `dossier ${dossier.id} refers to enterprise ${dossier.enterpriseId}, which does not exist`, {
          field: 'enterpriseId',
          path: dossier.id,
        }),
      );
    }
    return toDossierRow(dossier, enterprise);
  });
  await scope.bulkPut('dossiers', rows);
}

function isInStep(row: DossierRow, e: Enterprise): boolean {
  const fresh = toDossierRow(row, e);
  const isSame = row.enterpriseName === e.name && row.creditCode === e.creditCode && row.region === e.region && row.industry === e.industry;
  return isSame && row.isCreditCodeOverridden === fresh.isCreditCodeOverridden && row.isSampleCode === fresh.isSampleCode;
}
