import { Space } from 'antd';
import type { ReactNode } from 'react';
import type { Batch } from '../../../shared/model';
import { ExportButton } from '../export/export-button';
import { ImportButton } from '../import/import-button';
import { SyncStatusTag } from '../sync/status-card';

/** Batch-level actions (import, export, documents …) shown above the dossier table. */
export function BatchToolbar({ batch }: { batch: Batch }): ReactNode {
  return (
    <Space wrap data-batch={batch.id}>
      <ImportButton batch={batch} />
      <ExportButton batch={batch} />
      <SyncStatusTag batchId={batch.id} />
    </Space>
  );
}
