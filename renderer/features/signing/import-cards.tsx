// Import a PKCS#12 file with its password; import and remove the association CA certificates.
import { DeleteOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { errorText, useLang, useRunAction } from '../review/action-errors';
import { useSession } from '../session/session';
import { FileDrop } from './file-drop';
import { importPkcs12File, importTrustedCa, removeTrustedCa } from './identity';
import { CERTIFICATE_FILTERS } from './key-cards';
import { SIGNING } from './messages';
import { formatInstant } from './report-view';
import type { CaView } from './use-signing-data';

const MAX_FILE_BYTES = 1024 * 1024;

export function Pkcs12Card({ isAllowed }: { readonly isAllowed: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const lang = useLang();
  const { message } = App.useApp();
  const session = useSession();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | undefined>(undefined);
  const [password, setPassword] = useState('');
  // the error itself, so its message follows a language switch
  const [problem, setProblem] = useState<{ readonly error: unknown } | undefined>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (): Promise<void> => {
    if (!file) { setProblem({ error: new Error(t('keys.pkcs12.noFile')) }); return; }
    setIsBusy(true);
    setProblem(undefined);
    try {
      const info = await importPkcs12File(db, session, file.bytes, password, file.name);
      void message.success(t('keys.pkcs12.done', { name: info.subject.commonName ?? info.subject.text }));
      setFile(undefined);
      setPassword('');
    } catch (error) {
      // shown next to the password, where the user will retype it
      setProblem({ error });
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Card size="small" title={t('keys.pkcs12.title')}>
      <Form layout="vertical" disabled={!isAllowed} onFinish={() => void submit()}>
        <Form.Item label={t('keys.pkcs12.file')}>
          <FileDrop
            isCompact
            isDisabled={!isAllowed}
            label={t('keys.pkcs12.file')}
            filters={[{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }]}
            maxBytes={MAX_FILE_BYTES}
            buttonLabel={file ? file.name : undefined}
            onFile={(name, bytes) => { setFile({ name, bytes }); setProblem(undefined); }}
          />
        </Form.Item>
        <Form.Item label={t('keys.pkcs12.password')} htmlFor="pkcs12-password">
          <Input.Password id="pkcs12-password" value={password} onChange={(e) => { setPassword(e.target.value); setProblem(undefined); }} autoComplete="off" style={{ width: 260 }} />
        </Form.Item>
        {problem ? <Alert role="alert" type="error" showIcon title={errorText(problem.error, lang)} style={{ marginBottom: 12 }} /> : null}
        <Button type="primary" htmlType="submit" disabled={isBusy}>{t('keys.pkcs12.ok')}</Button>
      </Form>
    </Card>
  );
}

export function TrustedCaCard({ cas, caError, isAllowed }: { readonly cas: readonly CaView[]; readonly caError: unknown; readonly isAllowed: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const lang = useLang();
  const { message } = App.useApp();
  const session = useSession();
  const run = useRunAction();
  const title = t('keys.ca.title');
  const add = (name: string, bytes: Uint8Array): Promise<unknown> => run(async () => {
    const info = await importTrustedCa(db, session, bytes, name);
    void message.success(t('keys.ca.done', { name: info.subject.commonName ?? info.subject.text }));
  });
  return (
    <Card size="small" title={<Space><SafetyOutlined />{title}</Space>}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('keys.ca.intro')}</Typography.Text>
        {caError === undefined ? null : <Alert role="alert" type="error" showIcon title={errorText(caError, lang)} />}
        <section aria-label={title}>
          <List
            size="small"
            bordered
            locale={{ emptyText: t('keys.ca.empty') }}
            dataSource={[...cas]}
            renderItem={(ca) => (
              <List.Item
                key={ca.id}
                actions={[<Button key="remove" size="small" type="link" danger disabled={!isAllowed} icon={<DeleteOutlined />} onClick={() => void run(() => removeTrustedCa(db, session, ca.id))}>{t('keys.ca.remove')}</Button>]}
              >
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{ca.info?.subject.commonName ?? ca.fileName}</Typography.Text>
                  <Typography.Text type="secondary">{ca.info ? `${ca.info.subject.text} · ${formatInstant(ca.info.notBefore)} — ${formatInstant(ca.info.notAfter)}` : ca.fileName}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </section>
        <FileDrop isCompact isDisabled={!isAllowed} label={t('keys.ca.import')} buttonLabel={t('keys.ca.import')} filters={CERTIFICATE_FILTERS} maxBytes={MAX_FILE_BYTES} onFile={add} />
      </Space>
    </Card>
  );
}
