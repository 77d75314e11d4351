import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { MAX_TRANSFER_BYTES } from '../../../shared/host/bridge';
import type { Batch } from '../../../shared/model';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { importBundle } from '../../sync/merge';
import { useSession } from '../session/session';
import { makeBundle, syncDb } from './sync-service';
import { useSyncWords } from './use-lang';

const BUNDLE_FILTERS = [{ name: 'Xinping bundle', extensions: ['xpb'] }];
const WHOLE = '';

/** Bundles as files: export the batch or a reviewer's part; import one (checked in full before anything is written). */
export function FileCard({ batch, onConflicts }: { readonly batch: Batch; readonly onConflicts: () => void }): ReactNode {
  const { t, lang } = useSyncWords();
  const { message, notification } = App.useApp();
  const session = useSession();
  const actor = { actor: session.actor, role: session.role };
  const isReviewer = session.role === 'reviewer';
  const reviewers = useLiveQuery(async () => (await db.dossiers.where('batchId').equals(batch.id).toArray()).flatMap((d) => d.reviewerIds), [batch.id]) ?? [];
  const [scope, setScope] = useState<string>(WHOLE);
  const [busy, setBusy] = useState<'export' | 'import'>();
  const reviewerId = isReviewer ? session.actor : scope === WHOLE ? undefined : scope;

  const exportFile = async (): Promise<void> => {
    setBusy('export');
    try {
      const made = await makeBundle(actor, { batchId: batch.id, kind: isReviewer ? 'reviewer' : 'batch', ...(reviewerId === undefined ? {} : { reviewerId }) });
      if (!made.ok) return void notification.error({ title: made.error[0]?.[lang] ?? '', duration: 0 });
      const stamp = made.value.manifest.createdAt.slice(0, 16).replace(/[-:T]/g, '');
      const name = `${batch.title}-${reviewerId ?? session.actor}-${stamp}.xpb`;
      const saved = await getBridge().saveFile({ suggestedName: name, bytes: made.value.bytes, filters: BUNDLE_FILTERS });
      if (!saved.ok) return void notification.error({ title: saved.error[lang], duration: 0 });
      if (saved.value.status === 'saved') void message.success(t('file.exported', { name: saved.value.path }));
    } finally {
      setBusy(undefined);
    }
  };

  const importFile = async (): Promise<void> => {
    const opened = await getBridge().openFile({ filters: BUNDLE_FILTERS, maxBytes: MAX_TRANSFER_BYTES });
    if (!opened.ok) return void notification.error({ title: opened.error[lang], duration: 0 });
    if (opened.value.status !== 'opened') return;
    setBusy('import');
    try {
      const result = await importBundle(db, syncDb, opened.value.bytes, { actor, batchId: batch.id, file: opened.value.name });
      if (!result.ok) {
        notification.error({ title: t('file.importFailed'), description: result.error.map((e) => e[lang]).join('\n'), duration: 0 });
        return;
      }
      notification.success({ title: result.value.summary[lang], duration: 8 });
      if (result.value.conflicts.some((c) => c.status === 'open')) onConflicts();
    } finally {
      setBusy(undefined);
    }
  };

  const options = [{ value: WHOLE, label: t('file.wholeBatch') }, ...[...new Set(reviewers)].sort().map((r) => ({ value: r, label: t('file.reviewerPart', { reviewer: r }) }))];
  return (
    <Card title={t('file.title')} size="small">
      <Space wrap>
        {isReviewer ? (
          <Typography.Text>{t('file.reviewerPart', { reviewer: session.actor })}</Typography.Text>
        ) : (
          <Select aria-label={t('file.scope')} value={scope} onChange={setScope} options={options} style={{ minWidth: 260 }} />
        )}
        <Button icon={<DownloadOutlined />} loading={busy === 'export'} onClick={() => void exportFile()}>
          {t('file.export')}
        </Button>
        <Button icon={<UploadOutlined />} loading={busy === 'import'} onClick={() => void importFile()}>
          {t('file.import')}
        </Button>
      </Space>
    </Card>
  );
}
