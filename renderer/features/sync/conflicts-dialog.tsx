import { App, Button, Descriptions, Empty, List, Modal, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { db } from '../../db';
import { listConflicts, resolveConflict } from '../../sync/conflicts';
import type { Resolution, SyncConflict } from '../../sync/sync-db';
import { useSession } from '../session/session';
import { syncDb } from './sync-service';
import { useSyncWords } from './use-lang';

const MAX_SHOWN = 160;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? '—' : text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

/** The fields where the two versions differ (updatedAt-style bookkeeping included: people want to see when). */
export function differingFields(mine: unknown, theirs: unknown): string[] {
  const a = typeof mine === 'object' && mine !== null ? (mine as Record<string, unknown>) : {};
  const b = typeof theirs === 'object' && theirs !== null ? (theirs as Record<string, unknown>) : {};
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

function ConflictItem({ conflict }: { readonly conflict: SyncConflict }): ReactNode {
  const { t, lang } = useSyncWords();
  const { message, notification } = App.useApp();
  const session = useSession();
  const [busy, setBusy] = useState<Resolution>();
  const name = `${conflict.table}/${conflict.recordId}`;
  const fields = differingFields(conflict.mine, conflict.theirs);
  const mine = (conflict.mine ?? {}) as Record<string, unknown>;
  const theirs = (conflict.theirs ?? {}) as Record<string, unknown>;
  const resolve = async (resolution: Resolution): Promise<void> => {
    setBusy(resolution);
    const result = await resolveConflict(db, syncDb, conflict.id, resolution, { actor: session.actor, role: session.role });
    setBusy(undefined);
    if (!result.ok) return void notification.error({ title: result.error[lang], duration: 0 });
    void message.success(t('conflicts.resolved', { name }));
  };
  return (
    <List.Item>
      <Space orientation="vertical" style={{ width: '100%' }} aria-label={name} role="group">
        <Typography.Text strong>
          {t('conflicts.record')} {name} <Typography.Text type="secondary">{t('conflicts.from', { from: conflict.from })}</Typography.Text>
        </Typography.Text>
        <Descriptions
          size="small"
          bordered
          column={1}
          items={fields.map((field) => ({
            key: field,
            label: field,
            children: (
              <Space orientation="vertical" size={0}>
                <Typography.Text>
                  {t('conflicts.mine')}：{conflict.mine === null ? t('conflicts.deleted') : shown(mine[field])}
                </Typography.Text>
                <Typography.Text>
                  {t('conflicts.theirs')}：{shown(theirs[field])}
                </Typography.Text>
              </Space>
            ),
          }))}
        />
        <Space wrap>
          <Button loading={busy === 'mine'} onClick={() => void resolve('mine')}>
            {t('conflicts.keepMine')}
          </Button>
          <Button type="primary" loading={busy === 'theirs'} onClick={() => void resolve('theirs')}>
            {t('conflicts.takeTheirs')}
          </Button>
          <Button loading={busy === 'both'} onClick={() => void resolve('both')}>
            {t('conflicts.keepBoth')}
          </Button>
        </Space>
      </Space>
    </List.Item>
  );
}

/** Every open conflict of the batch, each decided by the user: never overwritten silently. */
export function ConflictsDialog({ batchId, isOpen, onClose }: { readonly batchId: string; readonly isOpen: boolean; readonly onClose: () => void }): ReactNode {
  const { t } = useSyncWords();
  const conflicts = useLiveQuery(() => listConflicts(syncDb, { batchId }), [batchId]) ?? [];
  return (
    <Modal open={isOpen} title={t('conflicts.dialog')} onCancel={onClose} footer={<Button onClick={onClose}>OK</Button>} width={880} destroyOnHidden>
      {conflicts.length === 0 ? (
        <Empty description={t('conflicts.done')} />
      ) : (
        <>
          <Typography.Paragraph>{t('conflicts.intro')}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('conflicts.left', { count: conflicts.length })}</Typography.Text>
          <List dataSource={conflicts} rowKey="id" renderItem={(c) => <ConflictItem conflict={c} />} />
        </>
      )}
    </Modal>
  );
}

export function useOpenConflictCount(batchId: string): number {
  return useLiveQuery(async () => (await listConflicts(syncDb, { batchId })).length, [batchId]) ?? 0;
}
