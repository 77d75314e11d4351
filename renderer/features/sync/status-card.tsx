import { CloudDownloadOutlined, CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Progress, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { db } from '../../db';
import { formatBytes, syncStatus } from '../../sync/outbox';
import { pullBatch } from '../../sync/pull';
import type { SyncState } from '../../sync/sync-db';
import { describeFailure } from '../../sync/words';
import { useSession } from '../session/session';
import { outboxRunner } from './sync-runner';
import { hubClient, pushKind, queueBatchPush, syncDb } from './sync-service';
import { useSyncWords } from './use-lang';

const COLOURS: Record<SyncState, string> = { idle: 'default', queued: 'processing', pushing: 'processing', 'waiting-retry': 'warning', failed: 'error', synced: 'success' };

const when = (iso: string): string => new Date(iso).toLocaleString();

/** A batch's sync state as a tag (batch toolbar). */
export function SyncStatusTag({ batchId }: { readonly batchId: string }): ReactNode {
  const { t } = useSyncWords();
  const status = useLiveQuery(() => syncStatus(syncDb, batchId), [batchId]);
  if (!status || status.state === 'idle') return null;
  return <Tag color={COLOURS[status.state]}>{t('status.tag', { state: t(`status.${status.state}`) })}</Tag>;
}

/** State, progress and the actions: upload the role's bundle, retry now, pull (staff and supervisors). */
export function StatusCard({ batchId, onPulled }: { readonly batchId: string; readonly onPulled: () => void }): ReactNode {
  const { t, lang } = useSyncWords();
  const { message, notification } = App.useApp();
  const session = useSession();
  const actor = { actor: session.actor, role: session.role };
  const status = useLiveQuery(() => syncStatus(syncDb, batchId), [batchId]);
  const hub = useLiveQuery(() => syncDb.settings.get('hub'), []);
  const [busy, setBusy] = useState<'push' | 'pull'>();
  if (!status) return null;
  const percent = status.totalBytes > 0 ? Math.min(100, Math.round((status.sentBytes / status.totalBytes) * 100)) : 0;
  const isActive = status.state === 'pushing' || status.state === 'queued';

  const push = async (): Promise<void> => {
    setBusy('push');
    try {
      const made = await queueBatchPush(actor, batchId);
      if (!made.ok) return void notification.error({ title: made.error[0]?.[lang] ?? '', duration: 0 });
      void message.success(t('push.queued'));
      await outboxRunner()?.retryNow(batchId);
      void outboxRunner()?.runDue();
    } finally {
      setBusy(undefined);
    }
  };
  const retry = async (): Promise<void> => {
    await outboxRunner()?.retryNow(batchId);
    void outboxRunner()?.runDue();
  };
  const pull = async (): Promise<void> => {
    const client = hubClient();
    if (!client) return;
    setBusy('pull');
    try {
      const report = await pullBatch(db, syncDb, client, batchId, actor);
      void message.success(t('push.pulled', { imported: report.imported.length, skipped: report.skipped, failed: report.failed.length }));
      onPulled();
    } catch (error) {
      notification.error({ title: describeFailure(error)[lang], duration: 0 });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Card title={t('status.title')} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={COLOURS[status.state]} data-testid="sync-state">
            {t(`status.${status.state}`)}
          </Tag>
          {status.lastSyncedAt ? <Typography.Text type="secondary">{t('status.lastSynced', { at: when(status.lastSyncedAt) })}</Typography.Text> : null}
          {status.state === 'waiting-retry' && status.nextAttemptAt ? <Typography.Text type="secondary">{t('status.nextAttempt', { at: when(status.nextAttemptAt) })}</Typography.Text> : null}
        </Space>
        {isActive || status.state === 'synced' ? (
          <div>
            <Progress percent={status.state === 'synced' ? 100 : percent} size="small" aria-label={t('status.title')} />
            <Typography.Text type="secondary">{t('status.progress', { sent: formatBytes(status.sentBytes), total: formatBytes(status.totalBytes) })}</Typography.Text>
          </div>
        ) : null}
        {status.problem && (status.state === 'waiting-retry' || status.state === 'failed') ? (
          <Typography.Text type="danger" role="alert">
            {status.problem[lang]}
          </Typography.Text>
        ) : null}
        {hub ? null : <Typography.Text type="warning">{t('status.noHub')}</Typography.Text>}
        <Space wrap>
          <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'push'} onClick={() => void push()}>
            {t(`push.${pushKind(session.role)}`)}
          </Button>
          {status.state === 'waiting-retry' || status.state === 'failed' ? (
            <Button icon={<ReloadOutlined />} onClick={() => void retry()}>
              {t('push.retry')}
            </Button>
          ) : null}
          {session.role !== 'reviewer' && hub ? (
            <Button icon={<CloudDownloadOutlined />} loading={busy === 'pull'} onClick={() => void pull()}>
              {t('push.pull')}
            </Button>
          ) : null}
        </Space>
      </Space>
    </Card>
  );
}
