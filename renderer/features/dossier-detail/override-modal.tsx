import { Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../../../shared/errors';
import type { CreditCodeOverride } from '../../../shared/model';
import { formatInstant } from '../scoring/format-time';
import { DOSSIER_DETAIL } from './messages';

type Props = {
  readonly code: string;
  readonly warnings: readonly UserError[];
  readonly by: string;
  readonly onConfirm: (override: CreditCodeOverride) => void;
  readonly onCancel: () => void;
};

/** Asks why a code with a checksum mismatch should be used; the reason, who and when are recorded. */
export function OverrideModal({ code, warnings, by, onConfirm, onCancel }: Props): ReactNode {
  const { t, i18n } = useTranslation(DOSSIER_DETAIL);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [reason, setReason] = useState('');
  const [isTouched, setIsTouched] = useState(false);
  const [at] = useState(() => new Date().toISOString());
  const isMissing = reason.trim() === '';
  const confirm = (): void => {
    setIsTouched(true);
    if (!isMissing) onConfirm({ reason: reason.trim(), by, at: new Date().toISOString() });
  };
  return (
    <Modal open title={t('overrideModal.title')} okText={t('overrideModal.ok')} cancelText={t('overrideModal.cancel')} okButtonProps={{ danger: true }} onOk={confirm} onCancel={onCancel} destroyOnHidden width={560}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'code', label: t('overrideModal.code'), children: <Typography.Text code>{code}</Typography.Text> },
          { key: 'problems', label: t('overrideModal.problems'), children: warnings.map((w) => <div key={w.code}>{w[lang]}</div>) },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical">
        <Form.Item htmlFor="credit-code-override-reason" label={t('overrideModal.reason')} required validateStatus={isTouched && isMissing ? 'error' : undefined} help={isTouched && isMissing ? t('overrideModal.reasonRequired') : t('overrideModal.recordedAs', { by, at: formatInstant(at) })}>
          <Input.TextArea id="credit-code-override-reason" autoFocus rows={3} maxLength={200} showCount value={reason} placeholder={t('overrideModal.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
