import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch, EvaluationType, NoticeDayType } from '../../../shared/model';
import { OPERATIONS } from '../../../shared/operations';
import { batchDefaults, newBatch } from '../../../shared/resources';
import { db } from '../../db';
import { write } from '../../db/write';
import { useSession } from '../session/session';

type Values = {
  title: string;
  associationName: string;
  associationNumber: string;
  year: number;
  evaluationTypes: EvaluationType[];
  checklistId: string;
  gradeScaleId: string;
  noticeDays: number;
  noticeDayType: NoticeDayType;
};

const EVALUATION_TYPES: readonly EvaluationType[] = ['enterprise', 'quality'];
const DAY_TYPES: readonly NoticeDayType[] = ['calendar', 'working'];

function labelOf(row: { id: string } & Readonly<Record<string, unknown>>, isEnglish: boolean): string {
  const name = (isEnglish ? row.nameEn : undefined) ?? row.name ?? row.id;
  return typeof row.version === 'string' ? `${String(name)}（${row.version}）` : String(name);
}

/** Create a batch (no `batch`) or edit one. Calls onClose with the saved id, or none when cancelled. */
export function BatchForm({ batch, onClose }: { batch?: Batch; onClose(savedId?: string): void }): ReactNode {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const [initialValues] = useState(() => batch ?? { ...batchDefaults, year: new Date().getFullYear(), title: '' });
  const checklists = useLiveQuery(() => db.checklists.toArray());
  const scales = useLiveQuery(() => db.gradeScales.toArray());
  const isEnglish = i18n.language === 'en';
  const required = (field: string): { required: true; message: string } => ({ required: true, message: t('batch.required', { field }) });

  const save = async (values: Values): Promise<void> => {
    const now = new Date().toISOString();
    const title = values.title.trim();
    const next: Batch = batch ? { ...batch, ...values, title, updatedAt: now } : newBatch({ ...values, title, id: crypto.randomUUID(), createdAt: now });
    await write(db, session, batch ? OPERATIONS.editBatch : OPERATIONS.createBatch, (scope) => scope.put('batches', next), { tables: ['batches'] });
    void message.success(t('batch.saved'));
    onClose(next.id);
  };

  return (
    <Modal
      open
      title={batch ? t('batch.edit') : t('batch.create')}
      okText={t('batch.save')}
      cancelText={t('batch.cancel')}
      onCancel={() => onClose()}
      onOk={() => form.submit()}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="batch"
        initialValues={initialValues}
        onFinish={(values) => void save(values).catch(() => undefined /* the shell already shows write errors */)}
      >
        <Form.Item name="title" label={t('batch.title')} rules={[required(t('batch.title')), { whitespace: true, message: t('batch.required', { field: t('batch.title') }) }]}>
          <Input placeholder="2015年第三批" maxLength={80} />
        </Form.Item>
        <Form.Item name="associationName" label={t('batch.association')} rules={[required(t('batch.association'))]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="associationNumber" label={t('batch.associationNumber')} rules={[required(t('batch.associationNumber')), { pattern: /^\d{3}$/, message: t('batch.associationNumberRule') }]}>
          <Input maxLength={3} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="year" label={t('batch.year')} rules={[required(t('batch.year'))]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="evaluationTypes" label={t('batch.evaluationTypes')} rules={[required(t('batch.evaluationTypes'))]}>
          <Checkbox.Group options={EVALUATION_TYPES.map((value) => ({ value, label: t(`batch.evaluationType.${value}`) }))} />
        </Form.Item>
        <Form.Item name="checklistId" label={t('batch.checklist')} rules={[required(t('batch.checklist'))]}>
          <Select options={(checklists ?? []).map((c) => ({ value: c.id, label: labelOf(c, isEnglish) }))} />
        </Form.Item>
        <Form.Item name="gradeScaleId" label={t('batch.gradeScale')} rules={[required(t('batch.gradeScale'))]}>
          <Select options={(scales ?? []).map((s) => ({ value: s.id, label: labelOf(s, isEnglish) }))} />
        </Form.Item>
        <Form.Item name="noticeDays" label={t('batch.noticeDays')} rules={[required(t('batch.noticeDays')), { type: 'integer', min: 1, max: 60, message: t('batch.noticeDaysRule') }]}>
          <InputNumber min={1} max={60} precision={0} />
        </Form.Item>
        <Form.Item name="noticeDayType" label={t('batch.noticeDayType')}>
          <Radio.Group options={DAY_TYPES.map((value) => ({ value, label: t(`batch.dayType.${value}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
