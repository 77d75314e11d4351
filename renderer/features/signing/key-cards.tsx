// Generate a key with its PKCS#10 request; the keys on this workstation, their requests and certificates.
import { DownloadOutlined, KeyOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Radio, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { XinpingError } from '../../../shared/errors';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { toPem } from '../../pdf/sign/bytes';
import type { KeyAlgorithmName } from '../../pdf/sign/keys';
import { useRunAction } from '../review/action-errors';
import { useSession } from '../session/session';
import { activateKey, attachCertificate, generateKey } from './identity';
import { SIGNING } from './messages';
import { formatInstant } from './report-view';
import type { KeyView } from './use-signing-data';

const MAX_CERTIFICATE_BYTES = 1024 * 1024;
export const CERTIFICATE_FILTERS = [{ name: 'X.509', extensions: ['pem', 'crt', 'cer', 'der'] }];

type GenerateValues = { commonName: string; organization: string; organizationalUnit: string; country: string; algorithm: KeyAlgorithmName };

const INITIAL: GenerateValues = { commonName: '中国质量检验协会', organization: '中国质量检验协会', organizationalUnit: '信评办', country: 'CN', algorithm: 'ECDSA-P256' };

export function GenerateKeyCard({ isAllowed }: { readonly isAllowed: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const session = useSession();
  const run = useRunAction();
  const [form] = Form.useForm<GenerateValues>();
  const generate = (values: GenerateValues): Promise<unknown> => run(() => generateKey(db, session, {
    commonName: values.commonName.trim(),
    organization: values.organization.trim(),
    organizationalUnit: values.organizationalUnit.trim(),
    country: values.country.trim(),
  }, values.algorithm), { success: t('keys.generate.done') });
  return (
    <Card size="small" title={<Space><KeyOutlined />{t('keys.generate.title')}</Space>}>
      <Form form={form} layout="vertical" initialValues={INITIAL} onFinish={(values) => void generate(values)} disabled={!isAllowed}>
        <Space wrap align="start">
          <Form.Item name="commonName" label={t('keys.generate.commonName')} rules={[{ required: true, whitespace: true, message: t('keys.generate.required') }]}><Input style={{ width: 220 }} /></Form.Item>
          <Form.Item name="organization" label={t('keys.generate.organization')}><Input style={{ width: 220 }} /></Form.Item>
          <Form.Item name="organizationalUnit" label={t('keys.generate.unit')}><Input style={{ width: 140 }} /></Form.Item>
          <Form.Item name="country" label={t('keys.generate.country')}><Input style={{ width: 60 }} maxLength={2} /></Form.Item>
        </Space>
        <Form.Item name="algorithm" label={t('keys.generate.algorithm')}>
          <Radio.Group options={[{ value: 'ECDSA-P256', label: 'ECDSA P-256' }, { value: 'RSA-2048', label: 'RSA 2048' }]} />
        </Form.Item>
        <Button type="primary" htmlType="submit">{t('keys.generate.ok')}</Button>
      </Form>
    </Card>
  );
}

function KeyActions({ record, isAllowed }: { readonly record: KeyView; readonly isAllowed: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const { message } = App.useApp();
  const session = useSession();
  const run = useRunAction();
  const request = record.requestDer;
  const download = (der: Uint8Array): Promise<unknown> => run(async () => {
    const saved = await getBridge().saveFile({ suggestedName: `${record.label}.csr`.replace(/[<>:"/\\|?*]/gu, '_'), bytes: new TextEncoder().encode(toPem(der, 'CERTIFICATE REQUEST')), filters: [{ name: 'PKCS#10', extensions: ['csr', 'pem'] }] });
    if (!saved.ok) throw new XinpingError(saved.error);
  });
  const importCertificate = (): Promise<unknown> => run(async () => {
    const opened = await getBridge().openFile({ filters: CERTIFICATE_FILTERS, maxBytes: MAX_CERTIFICATE_BYTES });
    if (!opened.ok) throw new XinpingError(opened.error);
    if (opened.value.status !== 'opened') return undefined;
    const info = await attachCertificate(db, session, record.id, opened.value.bytes, opened.value.name);
    void message.success(t('keys.list.imported', { name: info.subject.commonName ?? info.subject.text }));
    return info;
  });
  return (
    <Space wrap size={4}>
      {request ? <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(request)}>{t('keys.list.downloadRequest')}</Button> : null}
      {record.certificateDer ? null : <Button size="small" type="primary" icon={<UploadOutlined />} disabled={!isAllowed} onClick={() => void importCertificate()}>{t('keys.list.importCertificate')}</Button>}
      {record.certificateDer && !record.isActive ? <Button size="small" disabled={!isAllowed} onClick={() => void run(() => activateKey(db, session, record.id))}>{t('keys.list.activate')}</Button> : null}
    </Space>
  );
}

export function KeyListCard({ keys, isAllowed }: { readonly keys: readonly KeyView[]; readonly isAllowed: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const title = t('keys.list.title');
  return (
    <Card size="small" title={title}>
      <Table<KeyView>
        aria-label={title}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...keys]}
        locale={{ emptyText: t('keys.list.empty') }}
        columns={[
          { key: 'label', title: t('keys.list.label'), render: (_, k) => k.info?.subject.commonName ?? k.label },
          { key: 'created', title: t('keys.list.created'), render: (_, k) => formatInstant(k.createdAt) },
          {
            key: 'state',
            title: t('keys.list.state'),
            render: (_, k) => (
              <Space size={4}>
                {k.certificateDer ? <Tag color="green">{t('keys.list.certified')}</Tag> : <Tag color="orange">{t('keys.list.waiting')}</Tag>}
                {k.isActive ? <Tag color="red">{t('keys.list.isActive')}</Tag> : null}
              </Space>
            ),
          },
          { key: 'actions', title: '', render: (_, k) => <KeyActions record={k} isAllowed={isAllowed} /> },
        ]}
      />
    </Card>
  );
}
