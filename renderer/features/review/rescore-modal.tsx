import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { requestRescore } from '../../lifecycle';
import { useSession } from '../session/session';
import { REVIEW } from './messages';
import { useModalAction } from './use-modal-action';

/** 退回重评: reopens one reviewer's submitted sheet with the reason they will see. */
export function RescoreModal({ dossier, reviewers, onClose }: { readonly dossier: DossierRow; readonly reviewers: readonly string[]; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const action = useModalAction();
  const [reviewer, setReviewer] = useState<string | undefined>(reviewers[0]);
  const [reason, setReason] = useState('');
  const submit = async (): Promise<void> => {
    if (!reviewer) return;
    const done = await action.run(() => requestRescore(db, session, dossier.id, { reviewerId: reviewer, reason }), { success: t('rescore.done', { reviewer }) });
    if (done) onClose();
  };
  return (
    <Modal open title={t('rescore.title', { name: dossier.enterpriseName })} okText={t('rescore.ok')} cancelText={t('rescore.cancel')} okButtonProps={{ danger: true, disabled: !reviewer }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('rescore.reviewer')} htmlFor="rescore-reviewer" required>
          <Select id="rescore-reviewer" aria-label={t('rescore.reviewer')} value={reviewer} options={reviewers.map((r) => ({ value: r, label: r }))} onChange={setReviewer} />
        </Form.Item>
        <Form.Item label={t('rescore.reason')} htmlFor="rescore-reason" required>
          <Input.TextArea id="rescore-reason" rows={3} value={reason} placeholder={t('rescore.placeholder')} onChange={(e) => { setReason(e.target.value); action.clearError(); }} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
