import { Button, Progress, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_NS } from './messages';
import type { ImportState } from './use-import';

/** The one-transaction write: progress by rows, and a cancel that rolls everything back. */
export function ProgressStep({ busy, onCancel, isCancelling }: { readonly busy: ImportState['busy']; readonly onCancel: () => void; readonly isCancelling: boolean }): ReactNode {
  const { t } = useTranslation(IMPORT_NS);
  const done = busy?.done ?? 0;
  const total = Math.max(busy?.total ?? 1, 1);
  const isCommitting = done >= total && done > 0;
  const percent = Math.floor((done / total) * 100);
  return (
    <Space orientation="vertical" align="center" style={{ width: '100%', padding: 32 }}>
      <Progress type="circle" percent={percent} status={isCommitting ? 'active' : 'normal'} aria-label={t('steps.importing')} />
      <Typography.Text>{isCommitting ? t('progress.committing') : t('progress.writing', { done, total })}</Typography.Text>
      <Button danger onClick={onCancel} loading={isCancelling} disabled={isCommitting}>
        {t('actions.cancel')}
      </Button>
    </Space>
  );
}
