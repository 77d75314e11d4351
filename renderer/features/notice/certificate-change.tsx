import { Alert, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../shared/lifecycle/types';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import { downgradeCertificate, revokeCertificate } from '../../lifecycle';
import { gradesBelow } from '../review/grade-options';
import { useModalAction } from '../review/use-modal-action';
import { useSession } from '../session/session';
import { DATE_FORMAT, toIsoDate } from './dates';
import { NOTICE } from './messages';

type Props = { readonly batch: Batch; readonly certificate: Certificate; readonly kind: 'downgrade' | 'revoke'; readonly onClose: () => void };

/** 降级 (a lower grade; the number's grade code follows) or 撤销, from a date, with the reason. */
export function CertificateChange({ batch, certificate, kind, onClose }: Props): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const action = useModalAction();
  const scale = useLiveQuery(() => db.gradeScales.get(batch.gradeScaleId), [batch.gradeScaleId]);
  const [grade, setGrade] = useState<string | undefined>();
  const [on, setOn] = useState<Dayjs | null>(null);
  const [reason, setReason] = useState('');
  const name = certificate.enterpriseName;
  const isDowngrade = kind === 'downgrade';
  const submit = async (): Promise<void> => {
    if (!on) return;
    const day = toIsoDate(on);
    const done = isDowngrade
      ? grade ? await action.run(() => downgradeCertificate(db, session, certificate.id, { grade, reason, on: day }), { success: t('change.downgraded', { name, grade }) }) : undefined
      : await action.run(() => revokeCertificate(db, session, certificate.id, { reason, on: day }), { success: t('change.revoked', { name }) });
    if (done) onClose();
  };
  return (
    <Modal open title={isDowngrade ? t('change.downgradeTitle', { name }) : t('change.revokeTitle', { name })} okText={t('change.ok')} cancelText={t('change.cancel')} okButtonProps={{ danger: true, disabled: !on || (isDowngrade && !grade) }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{isDowngrade ? t('change.downgradeHint') : t('change.revokeHint')}</Typography.Paragraph>
      <Form layout="vertical">
        {isDowngrade ? (
          <Form.Item label={t('change.grade')} htmlFor="certificate-grade" required>
            <Select id="certificate-grade" aria-label={t('change.grade')} virtual={false} value={grade} onChange={setGrade} options={(scale ? gradesBelow(scale, certificate.grade) : []).map((g) => ({ value: g, label: g }))} />
          </Form.Item>
        ) : null}
        <Form.Item label={t('change.on')} htmlFor="certificate-on" required>
          <DatePicker id="certificate-on" format={DATE_FORMAT} value={on} onChange={(d) => { setOn(d); action.clearError(); }} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('change.reason')} htmlFor="certificate-reason" required>
          <Input.TextArea id="certificate-reason" rows={3} value={reason} placeholder={t('change.reasonPlaceholder')} onChange={(e) => { setReason(e.target.value); action.clearError(); }} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
