import { Alert, Button, Checkbox, DatePicker, Form, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeCorrection } from '../../../shared/lifecycle/types';
import type { Batch } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import { issueCorrectedNotice, type CorrectionResult } from '../../lifecycle';
import { useModalAction } from '../review/use-modal-action';
import { useSession } from '../session/session';
import { DATE_FORMAT, toIsoDate } from './dates';
import { NOTICE } from './messages';

function useChangeText(): (c: NoticeCorrection) => string {
  const { t } = useTranslation(NOTICE);
  return (c) => t('corrections.item', { name: c.name, from: c.publishedGrade, to: c.newGrade ?? t('corrections.unlisted') });
}

type ModalProps = { readonly batch: Batch; readonly pending: readonly NoticeCorrection[]; readonly onIssued: (result: CorrectionResult) => void; readonly onClose: () => void };

function IssueModal({ batch, pending, onIssued, onClose }: ModalProps): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const action = useModalAction();
  const describe = useChangeText();
  const [issuedOn, setIssuedOn] = useState<Dayjs | null>(null);
  const [isRestart, setIsRestart] = useState(false);
  const [start, setStart] = useState<Dayjs | null>(null);
  const submit = async (): Promise<void> => {
    if (!issuedOn) return;
    const input = { issuedOn: toIsoDate(issuedOn), ...(isRestart && start ? { start: toIsoDate(start) } : {}) };
    const result = await action.run(() => issueCorrectedNotice(db, session, batch.id, input));
    if (result) onIssued(result);
  };
  return (
    <Modal open title={t('corrections.modalTitle')} okText={t('corrections.ok')} cancelText={t('corrections.cancel')} okButtonProps={{ disabled: !issuedOn || (isRestart && !start) }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>{t('corrections.intro')}</Typography.Paragraph>
      <ul className="xp-blockers" style={{ marginBottom: 16 }}>{pending.map((c) => <li key={c.id}>{describe(c)}</li>)}</ul>
      <Form layout="vertical">
        <Form.Item label={t('corrections.issuedOn')} htmlFor="correction-issued-on" required>
          <DatePicker id="correction-issued-on" format={DATE_FORMAT} value={issuedOn} onChange={(d) => { setIssuedOn(d); action.clearError(); }} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item extra={t('corrections.restartHint', { days: batch.noticeDays })}>
          <Checkbox checked={isRestart} onChange={(e) => setIsRestart(e.target.checked)}>{t('corrections.restart')}</Checkbox>
        </Form.Item>
        {isRestart ? (
          <Form.Item label={t('corrections.newStart')} htmlFor="correction-start" required>
            <DatePicker id="correction-start" format={DATE_FORMAT} value={start} onChange={setStart} style={{ width: 200 }} />
          </Form.Item>
        ) : null}
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}

/** Grade changes the public has not seen yet, and 发布更正公示. */
export function CorrectionsBanner({ batch, pending, onIssued }: { readonly batch: Batch; readonly pending: readonly NoticeCorrection[]; readonly onIssued: (result: CorrectionResult) => void }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const describe = useChangeText();
  const [isOpen, setIsOpen] = useState(false);
  if (pending.length === 0) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={t('corrections.title', { count: pending.length })}
        description={<Space orientation="vertical" size={2}>{pending.map((c) => <span key={c.id}>{describe(c)}</span>)}</Space>}
        action={isAllowed(session.role, OPERATIONS.issueCorrectedNotice) ? <Button type="primary" onClick={() => setIsOpen(true)}>{t('corrections.issue')}</Button> : undefined}
      />
      {isOpen ? <IssueModal batch={batch} pending={pending} onClose={() => setIsOpen(false)} onIssued={(r) => { setIsOpen(false); onIssued(r); }} /> : null}
    </>
  );
}
