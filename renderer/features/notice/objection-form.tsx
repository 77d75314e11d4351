import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Typography, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { XinpingError } from '../../../shared/errors';
import { objectionWindowError } from '../../../shared/lifecycle/objection-window';
import type { NoticePeriod } from '../../../shared/notice-period';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { recordObjection } from '../../lifecycle';
import { addAttachment } from '../attachments/attachment-writes';
import { useModalAction } from '../review/use-modal-action';
import { useSession } from '../session/session';
import { DATE_FORMAT, toIsoDate } from './dates';
import { NOTICE } from './messages';

type Props = { readonly listed: readonly DossierRow[]; readonly period: NoticePeriod; readonly onClose: () => void };

type Fields = { dossierId?: string; raisedBy: string; contact: string; grounds: string; receivedOn: Dayjs | null };

/** 登记异议: who, how to reach them, which enterprise, why, evidence, and the day it arrived. */
export function ObjectionForm({ listed, period, onClose }: Props): ReactNode {
  const { t, i18n } = useTranslation(NOTICE);
  const session = useSession();
  const action = useModalAction();
  const [fields, setFields] = useState<Fields>({ raisedBy: '', contact: '', grounds: '', receivedOn: null });
  const [files, setFiles] = useState<UploadFile[]>([]);
  const set = (change: Partial<Fields>): void => { setFields((f) => ({ ...f, ...change })); action.clearError(); };
  const dossier = listed.find((d) => d.id === fields.dossierId);

  const evidence = async (dossierId: string, receivedOn: string): Promise<string[]> => {
    // A late objection is refused before its files are stored (the data layer refuses it again).
    const late = objectionWindowError(receivedOn, period);
    if (late || files.length === 0) return [];
    const ids: string[] = [];
    for (const file of files) {
      if (!file.originFileObj) continue;
      const added = await addAttachment(db, session, dossierId, file.originFileObj);
      const refused = added.refused;
      if (refused) {
        const say = (lng: string, reason: string): string => i18n.getFixedT(lng, NOTICE)('record.evidenceRefused', { file: file.name, reason });
        throw new XinpingError({ ...refused, zh: say('zh-CN', refused.zh), en: say('en', refused.en) });
      }
      if (added.added) ids.push(added.added.id);
    }
    return ids;
  };
  const submit = async (): Promise<void> => {
    if (!dossier || !fields.receivedOn) return;
    const receivedOn = toIsoDate(fields.receivedOn);
    const done = await action.run(async () => {
      const evidenceIds = await evidence(dossier.id, receivedOn);
      return recordObjection(db, session, { dossierId: dossier.id, raisedBy: fields.raisedBy, contact: fields.contact, grounds: fields.grounds, receivedOn, evidenceIds });
    }, { success: t('record.done', { name: dossier.enterpriseName }) });
    if (done) onClose();
  };
  return (
    <Modal open width={620} title={t('record.title')} okText={t('record.ok')} cancelText={t('record.cancel')} okButtonProps={{ disabled: !dossier || !fields.receivedOn }} confirmLoading={action.isBusy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('record.period', { start: period.start, end: period.end })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('record.enterprise')} htmlFor="objection-dossier" required>
          <Select id="objection-dossier" aria-label={t('record.enterprise')} showSearch optionFilterProp="label" placeholder={t('record.enterprisePlaceholder')} value={fields.dossierId} onChange={(dossierId: string) => set({ dossierId })} options={listed.map((d) => ({ value: d.id, label: d.enterpriseName }))} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item label={t('record.raisedBy')} htmlFor="objection-raised-by" required>
            <Input id="objection-raised-by" value={fields.raisedBy} placeholder={t('record.raisedByPlaceholder')} onChange={(e) => set({ raisedBy: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('record.contact')} htmlFor="objection-contact" required>
            <Input id="objection-contact" value={fields.contact} placeholder={t('record.contactPlaceholder')} onChange={(e) => set({ contact: e.target.value })} />
          </Form.Item>
        </div>
        <Form.Item label={t('record.grounds')} htmlFor="objection-grounds" required>
          <Input.TextArea id="objection-grounds" rows={3} value={fields.grounds} onChange={(e) => set({ grounds: e.target.value })} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
          <Form.Item label={t('record.receivedOn')} htmlFor="objection-received-on" required>
            <DatePicker id="objection-received-on" format={DATE_FORMAT} value={fields.receivedOn} onChange={(receivedOn) => set({ receivedOn })} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('record.evidence')} extra={t('record.evidenceHint')}>
            <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
              <Button icon={<UploadOutlined />}>{t('record.evidenceButton')}</Button>
            </Upload>
          </Form.Item>
        </div>
      </Form>
      {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
    </Modal>
  );
}
