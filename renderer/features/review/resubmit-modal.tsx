import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { resubmitDossier, screeningHistory } from '../../lifecycle';
import { useSession } from '../session/session';
import { REVIEW } from './messages';
import { useModalAction } from './use-modal-action';

/** 重新申报: a returned application came back complete; it goes back to 申报 for first review. */
export function ResubmitModal({ dossier, onClose }: { readonly dossier: DossierRow; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const action = useModalAction();
  const [note, setNote] = useState('');
  const events = useLiveQuery(() => screeningHistory(db, dossier.id), [dossier.id]);
  const lastReason = events?.filter((e) => e.outcome === 'returned').at(-1)?.reasons.join('；');
  const name = dossier.enterpriseName;
  const submit = async (): Promise<void> => {
    const done = await action.run(() => resubmitDossier(db, session, dossier.id, note.trim() ? { note } : {}), { success: t('resubmit.done', { name }) });
    if (done) onClose();
  };
  return (
    <Modal open title={t('resubmit.title', { name })} okText={t('resubmit.ok')} cancelText={t('resubmit.cancel')} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>{t('resubmit.intro')}</Typography.Paragraph>
      {lastReason ? <Alert type="info" showIcon title={t('resubmit.lastReturn')} description={lastReason} style={{ marginBottom: 16 }} /> : null}
      <Form layout="vertical">
        <Form.Item label={t('resubmit.note')} htmlFor="resubmit-note">
          <Input.TextArea id="resubmit-note" rows={2} value={note} placeholder={t('resubmit.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
