import { Alert, Button, Checkbox, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultScreeningChecklist, screeningItemsFor } from '../../../shared/lifecycle/screening';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { passScreening, returnScreening } from '../../lifecycle';
import { useSession } from '../session/session';
import { useLang } from './action-errors';
import { REVIEW } from './messages';
import { useModalAction } from './use-modal-action';

/** 初审: tick the documents present, then pass, or return with reasons (missing items are added). */
export function ScreeningModal({ dossier, onClose }: { readonly dossier: DossierRow; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const lang = useLang();
  const session = useSession();
  const action = useModalAction();
  const list = defaultScreeningChecklist;
  const items = screeningItemsFor(list, dossier.evaluationType);
  const [present, setPresent] = useState<string[]>([]);
  const [reasons, setReasons] = useState('');
  const [note, setNote] = useState('');
  const missing = items.filter((i) => i.isRequired && !present.includes(i.id));
  const label = (i: (typeof items)[number]): string => (lang === 'en' ? i.nameEn : i.name);
  const name = dossier.enterpriseName;

  const pass = async (): Promise<void> => {
    const done = await action.run(() => passScreening(db, session, dossier.id, { presentItemIds: present, ...(note.trim() ? { note } : {}) }), { success: t('screening.passed', { name }) });
    if (done) onClose();
  };
  const giveBack = async (): Promise<void> => {
    const typed = reasons.split('\n').map((r) => r.trim()).filter(Boolean);
    const done = await action.run(() => returnScreening(db, session, dossier.id, { presentItemIds: present, reasons: typed }), { success: t('screening.returned', { name }) });
    if (done) onClose();
  };

  return (
    <Modal
      open
      title={t('screening.title', { name })}
      width={640}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('screening.cancel')}</Button>
          <Button danger loading={action.isBusy} onClick={() => void giveBack()}>{t('screening.return')}</Button>
          <Button type="primary" loading={action.isBusy} disabled={missing.length > 0} onClick={() => void pass()}>{t('screening.pass')}</Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text type="secondary">{t('screening.checklist', { name: lang === 'en' ? list.nameEn : list.name, id: list.id })}</Typography.Text>
          <Button size="small" onClick={() => setPresent(items.map((i) => i.id))}>{t('screening.checkAll')}</Button>
        </Space>
        <Checkbox.Group value={present} onChange={(values) => { setPresent(values); action.clearError(); }} style={{ width: '100%' }}>
          <div role="group" aria-label={t('screening.checklist', { name: list.name, id: list.id })} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '8px 16px', width: '100%' }}>
            {items.map((item) => (
              <Checkbox key={item.id} value={item.id}>
                {label(item)} {item.isRequired ? <Tag color="red" bordered={false}>{t('screening.required')}</Tag> : <Tag bordered={false}>{t('screening.optional')}</Tag>}
              </Checkbox>
            ))}
          </div>
        </Checkbox.Group>
        {missing.length > 0 ? (
          <Alert type="warning" showIcon title={t('screening.missing', { items: missing.map(label).join(lang === 'en' ? ', ' : '、') })} />
        ) : (
          <Alert type="success" showIcon title={t('screening.complete')} />
        )}
        <Form layout="vertical" requiredMark={false}>
          <Form.Item label={t('screening.reasons')} htmlFor="screening-reasons" style={{ marginBottom: 12 }}>
            <Input.TextArea id="screening-reasons" rows={3} value={reasons} placeholder={t('screening.reasonsPlaceholder')} onChange={(e) => setReasons(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('screening.note')} htmlFor="screening-note" style={{ marginBottom: 0 }}>
            <Input id="screening-note" value={note} placeholder={t('screening.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
        </Form>
        {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
      </Space>
    </Modal>
  );
}
