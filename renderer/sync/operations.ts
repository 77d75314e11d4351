// The writes sync makes, named as users would name them (renderer/db/write.ts labels). Any role
// may import or resolve: what a bundle may change is decided by lineage, not by the button.
import type { OperationLabel } from '../db/write';

export const SYNC_OPERATIONS = {
  importBundle: { zh: '导入数据包', en: 'Import bundle' },
  resolveConflict: { zh: '处理同步冲突', en: 'Resolve sync conflict' },
} as const satisfies Record<string, OperationLabel>;
