import { Alert, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { overrideAssessment } from '../../lifecycle';
import { useSession } from '../session/session';
import { gradeLabels } from './grade-options';
import { REVIEW } from './messages';
import { useModalAction } from './use-modal-action';

type Props = {
  readonly dossier: DossierRow;
  readonly batch: Batch;
  readonly current?: { readonly score: number; readonly grade: string | null };
  readonly onClose: () => void;
};

/** 调整: a score and/or a grade by hand, with the reason; the audit log keeps both sides. */
export function OverrideModal({ dossier, batch, current, onClose }: Props): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const action = useModalAction();
  const scale = useLiveQuery(() => db.gradeScales.get(batch.gradeScaleId), [batch.gradeScaleId]);
  const [score, setScore] = useState<number | null>(null);
  const [grade, setGrade] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const name = dossier.enterpriseName;
  const submit = async (): Promise<void> => {
    const input = { reason, ...(score === null ? {} : { score }), ...(grade ? { grade } : {}) };
    const done = await action.run(() => overrideAssessment(db, session, dossier.id, input), { success: t('override.done', { name }) });
    if (done) onClose();
  };
  return (
    <Modal open title={t('override.title', { name })} okText={t('override.ok')} cancelText={t('override.cancel')} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('override.hint')}</Typography.Paragraph>
      {current ? <Typography.Paragraph>{t('override.current', { score: current.score.toFixed(1), grade: current.grade ?? '—' })}</Typography.Paragraph> : null}
      <Form layout="vertical">
        <div style={{ display: 'flex', gap: 16 }}>
          <Form.Item label={t('override.score')} htmlFor="override-score" style={{ flex: 1 }}>
            <InputNumber id="override-score" min={0} max={100} step={0.1} precision={1} value={score} onChange={(v) => { setScore(typeof v === 'number' ? v : null); action.clearError(); }} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('override.grade')} htmlFor="override-grade" style={{ flex: 1 }}>
            <Select id="override-grade" aria-label={t('override.grade')} allowClear showSearch virtual={false} value={grade} placeholder={t('override.gradePlaceholder')} options={(scale ? gradeLabels(scale) : []).map((g) => ({ value: g, label: g }))} onChange={(v?: string) => { setGrade(v); action.clearError(); }} />
          </Form.Item>
        </div>
        <Form.Item label={t('override.reason')} htmlFor="override-reason" required>
          <Input.TextArea id="override-reason" rows={3} value={reason} placeholder={t('override.reasonPlaceholder')} onChange={(e) => { setReason(e.target.value); action.clearError(); }} />
        </Form.Item>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
