// The batch's dossier list as a table for XLSX: the dossier table's columns with Chinese
// headers, every dossier of the batch, in the table's order (enterprise name).
import { toBareFileName } from '../../../shared/host/file-name';
import { userError, XinpingError } from '../../../shared/errors';
import type { ReportTable } from '../../../shared/import/report';
import type { Batch, Id } from '../../../shared/model';
import type { DossierRow } from '../../db/rows';
import type { XinpingDb } from '../../db/schema';
import { zhCN } from '../../i18n/zh-cn';
import { batchFullTitle } from '../batches/batch-label';

export const EXPORT_HEADERS: readonly string[] = ['序号', '企业名称', '统一社会信用代码', '地区', '行业', '评价类型', '状态', '得分', '级别'];
const WIDTHS: readonly number[] = [6, 36, 22, 10, 16, 14, 10, 8, 8];

export type DossierExport = ReportTable & { readonly sheetName: string; readonly widths: readonly number[]; readonly fileName: string };

export function dossierTable(batch: Batch, rows: readonly DossierRow[]): DossierExport {
  const sorted = [...rows].sort((a, b) => compare(a.enterpriseName, b.enterpriseName) || compare(a.id, b.id));
  return {
    sheetName: '参评企业',
    headers: EXPORT_HEADERS,
    widths: WIDTHS,
    fileName: `${toBareFileName(`${batchFullTitle(batch)} 参评企业`, '参评企业')}.xlsx`,
    rows: sorted.map((row, i) => [
      i + 1,
      row.enterpriseName,
      row.creditCode,
      row.region,
      row.industry,
      zhCN.batch.evaluationType[row.evaluationType],
      zhCN.states[row.state],
      row.score ?? '',
      row.grade ?? '',
    ]),
  };
}

export async function loadDossierTable(db: XinpingDb, batchId: Id): Promise<DossierExport> {
  const [batch, rows] = await db.transaction('r', db.batches, db.dossiers, () =>
    Promise.all([db.batches.get(batchId), db.dossiers.where('batchId').equals(batchId).toArray()]),
  );
  if (!batch) throw new XinpingError(userError('export.batch_missing', `批次 ${batchId} 不存在`, `The batch ${batchId} does not exist`));
  return dossierTable(batch, rows);
}

// Code-unit order, like the table's index sort.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
