import { ApiOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { connectHub, syncDb } from './sync-service';
import { useSyncWords } from './use-lang';

type Values = { readonly url: string; readonly token: string };

/** The hub's address and this person's token; saving checks both against the hub and pins its key. */
export function HubSettings(): ReactNode {
  const { t, lang } = useSyncWords();
  const stored = useLiveQuery(() => syncDb.settings.get('hub'), []);
  const hub = stored?.key === 'hub' ? stored : undefined;
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const save = async (values: Values): Promise<void> => {
    setIsBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    const result = await connectHub(values.url, values.token, { zh: t('hub.badUrl', { lng: 'zh-CN' }), en: t('hub.badUrl', { lng: 'en' }) });
    setIsBusy(false);
    if (!result.ok) return setProblem(`${t('hub.failed')}：${result.error[lang]}`);
    setNotice(t('hub.saved', { user: result.value.user, role: result.value.role, fingerprint: result.value.fingerprint.slice(0, 16) }));
  };
  return (
    <Card title={t('hub.title')} size="small">
      <Typography.Paragraph type="secondary">{hub ? t('hub.current', { url: hub.url, user: hub.user }) : t('hub.none')}</Typography.Paragraph>
      <Form<Values> layout="vertical" onFinish={(v) => void save(v)} initialValues={{ url: hub?.url ?? '', token: '' }} key={hub?.savedAt ?? 'none'}>
        <Form.Item name="url" label={t('hub.url')} extra={t('hub.urlHelp')} rules={[{ required: true }]}>
          <Input placeholder="https://" autoComplete="off" />
        </Form.Item>
        <Form.Item name="token" label={t('hub.token')} extra={t('hub.tokenHelp')} rules={[{ required: true }]}>
          <Input.Password autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<ApiOutlined />} loading={isBusy}>
          {t('hub.save')}
        </Button>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginTop: 12 }} /> : null}
      {notice ? <Alert type="success" showIcon title={notice} style={{ marginTop: 12 }} /> : null}
    </Card>
  );
}
