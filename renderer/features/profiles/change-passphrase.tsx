import { Alert, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { changePassphrase } from '../../lifecycle';
import { useModalAction } from '../review/use-modal-action';
import { PROFILES } from './messages';

/** Anyone changes their own passphrase, proving the current one first. */
export function ChangePassphrase({ profileId, onClose }: { readonly profileId: string; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(PROFILES);
  const action = useModalAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const isMismatch = confirm !== '' && next !== confirm;
  const submit = async (): Promise<void> => {
    if (next !== confirm) return;
    const done = await action.run(() => changePassphrase(db, profileId, current, next), { success: t('change.done') });
    if (done) onClose();
  };
  return (
    <Modal open title={t('change.title', { name: profileId })} okText={t('change.ok')} cancelText={t('change.cancel')} okButtonProps={{ disabled: current === '' || next === '' || next !== confirm }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical">
        <Form.Item label={t('change.current')} htmlFor="passphrase-current">
          <Input.Password id="passphrase-current" autoComplete="current-password" value={current} onChange={(e) => { setCurrent(e.target.value); action.clearError(); }} />
        </Form.Item>
        <Form.Item label={t('change.next')} htmlFor="passphrase-next">
          <Input.Password id="passphrase-next" autoComplete="new-password" value={next} onChange={(e) => { setNext(e.target.value); action.clearError(); }} />
        </Form.Item>
        <Form.Item label={t('change.confirm')} htmlFor="passphrase-confirm" validateStatus={isMismatch ? 'error' : undefined} help={isMismatch ? t('change.mismatch') : undefined}>
          <Input.Password id="passphrase-confirm" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
