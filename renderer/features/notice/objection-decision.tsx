import { Alert, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objection } from '../../../shared/model';
import { db } from '../../db';
import { rejectObjection, upholdObjection } from '../../lifecycle';
import { useModalAction } from '../review/use-modal-action';
import { useSession } from '../session/session';
import { NOTICE } from './messages';

type Props = { readonly objection: Objection; readonly name: string; readonly outcome: 'upheld' | 'rejected'; readonly onClose: () => void };

/** 异议成立 (scoring reopens) or 不成立 (the listing stands), with the handling recorded. */
export function ObjectionDecision({ objection, name, outcome, onClose }: Props): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const action = useModalAction();
  const [text, setText] = useState('');
  const isUphold = outcome === 'upheld';
  const submit = async (): Promise<void> => {
    const done = isUphold
      ? await action.run(() => upholdObjection(db, session, objection.id, { handling: text }), { success: t('decide.upheld', { name }) })
      : await action.run(() => rejectObjection(db, session, objection.id, { reason: text }), { success: t('decide.rejected', { name }) });
    if (done) onClose();
  };
  return (
    <Modal open title={isUphold ? t('decide.upholdTitle', { name }) : t('decide.rejectTitle', { name })} okText={t('decide.ok')} cancelText={t('decide.cancel')} okButtonProps={{ danger: isUphold }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'by', label: t('objections.columns.raisedBy'), children: objection.raisedBy },
          { key: 'contact', label: t('objections.columns.contact'), children: objection.contact },
          { key: 'on', label: t('objections.columns.receivedOn'), children: objection.receivedOn },
          { key: 'grounds', label: t('decide.grounds'), children: objection.grounds },
        ]}
      />
      <Typography.Paragraph type="secondary">{isUphold ? t('decide.upholdHint') : t('decide.rejectHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={isUphold ? t('decide.handling') : t('decide.reason')} htmlFor="objection-decision" required>
          <Input.TextArea id="objection-decision" rows={3} autoFocus value={text} placeholder={isUphold ? t('decide.handlingPlaceholder') : t('decide.reasonPlaceholder')} onChange={(e) => { setText(e.target.value); action.clearError(); }} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
