import { Card, Table, Tag } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { syncLog } from '../../sync/outbox';
import { syncDb } from './sync-service';
import { useSyncWords } from './use-lang';

/** What sync did for this batch, newest first, in sentences. */
export function SyncLog({ batchId }: { readonly batchId: string }): ReactNode {
  const { t, lang } = useSyncWords();
  const entries = useLiveQuery(() => syncLog(syncDb, batchId, 50), [batchId]) ?? [];
  return (
    <Card title={t('log.title')} size="small">
      <Table
        size="small"
        rowKey={(e) => String(e.seq)}
        dataSource={entries}
        pagination={false}
        locale={{ emptyText: t('log.empty') }}
        aria-label={t('log.title')}
        columns={[
          { key: 'at', title: t('log.at'), width: 180, render: (_, e) => new Date(e.at).toLocaleString() },
          { key: 'level', title: '', width: 70, render: (_, e) => <Tag color={e.level === 'error' ? 'error' : 'default'}>{t(`log.${e.level}`)}</Tag> },
          { key: 'message', title: t('log.message'), render: (_, e) => e[lang] },
        ]}
      />
    </Card>
  );
}
