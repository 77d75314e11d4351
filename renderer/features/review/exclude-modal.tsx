import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { excludeDossier } from '../../lifecycle';
import { useSession } from '../session/session';
import { REVIEW } from './messages';
import { useModalAction } from './use-modal-action';

/** 不列入公示, with the reason (withdrawn, not rated, …). */
export function ExcludeModal({ dossier, onClose }: { readonly dossier: DossierRow; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const action = useModalAction();
  const [reason, setReason] = useState('');
  const name = dossier.enterpriseName;
  const submit = async (): Promise<void> => {
    const done = await action.run(() => excludeDossier(db, session, dossier.id, reason), { success: t('exclude.done', { name }) });
    if (done) onClose();
  };
  return (
    <Modal open title={t('exclude.title', { name })} okText={t('exclude.ok')} cancelText={t('exclude.cancel')} okButtonProps={{ danger: true }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('exclude.hint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('exclude.reason')} htmlFor="exclude-reason" required>
          <Input.TextArea id="exclude-reason" rows={3} autoFocus value={reason} placeholder={t('exclude.placeholder')} onChange={(e) => { setReason(e.target.value); action.clearError(); }} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
