import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../shared/model';
import { BatchTabs } from '../batches/batch-tabs';
import { batchFullTitle } from '../batches/batch-label';

const STATUS_COLORS: Readonly<Record<Batch['status'], string>> = { open: 'blue', notice: 'purple', final: 'green', archived: 'default' };

/** The batch's title (as on the batch page) with its status, then the batch's work-area tabs. */
export function BatchHeading({ batch, extra }: { readonly batch: Batch; readonly extra?: ReactNode }): ReactNode {
  const { t } = useTranslation();
  return (
    <div>
      <Space align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space align="center" size={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {batchFullTitle(batch)}
          </Typography.Title>
          <Tag color={STATUS_COLORS[batch.status]}>{t(`batch.status.${batch.status}`)}</Tag>
        </Space>
        {extra}
      </Space>
      <BatchTabs batchId={batch.id} />
    </div>
  );
}
