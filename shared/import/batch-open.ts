// Applications join a batch only while it is open: once its notice is out, adding enterprises
// would change a published list.
import { userError, type UserError } from '../errors';
import type { Batch } from '../model';

const STATUS_LABELS: Readonly<Record<Batch['status'], { readonly zh: string; readonly en: string }>> = {
  open: { zh: '进行中', en: 'open' },
  notice: { zh: '公示中', en: 'in its public notice' },
  final: { zh: '已终评', en: 'finalised' },
  archived: { zh: '已归档', en: 'archived' },
};

/** Why applications cannot be imported into this batch, or undefined when they can. */
export function batchClosedError(batch: Batch): UserError | undefined {
  if (batch.status === 'open') return undefined;
  const label = STATUS_LABELS[batch.status];
  return userError('import.batch_closed', `批次“${batch.title}”${label.zh}，不能再导入申报企业`,
    `The batch "${batch.title}" is ${label.en}; applications can no longer be imported into it`);
}
