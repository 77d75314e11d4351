// The active signing identity (or what to do when there is none), and the 试签 action.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { XinpingError } from '../../../shared/errors';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { useRunAction } from '../review/action-errors';
import { useSession } from '../session/session';
import { SIGNING } from './messages';
import { formatInstant, validityState } from './report-view';
import type { KeyView } from './use-signing-data';

const VALIDITY_COLOR = { valid: 'green', expired: 'red', notYetValid: 'orange' } as const;

export function ActiveIdentityCard({ active }: { readonly active: KeyView | undefined }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const title = t('keys.active');
  const info = active?.info;
  return (
    <Card title={<Space><SafetyCertificateOutlined />{title}</Space>}>
      <section aria-label={title}>
        {!active || !info ? (
          <Alert role="alert" type="warning" showIcon title={t('keys.none')} description={t('keys.noneHint')} />
        ) : (
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 140 } }}
            items={[
              { key: 'cn', label: t('keys.subject'), children: <Space orientation="vertical" size={0}><Typography.Text strong>{info.subject.commonName ?? '—'}</Typography.Text><Typography.Text type="secondary">{info.subject.text}</Typography.Text></Space> },
              { key: 'issuer', label: t('keys.issuer'), children: info.issuer.text },
              {
                key: 'validity',
                label: t('keys.validity'),
                children: (
                  <Space wrap>
                    <span>{formatInstant(info.notBefore)} — {formatInstant(info.notAfter)}</span>
                    <Tag color={VALIDITY_COLOR[validityState(info.notBefore, info.notAfter)]}>{t(`keys.${validityState(info.notBefore, info.notAfter)}`)}</Tag>
                  </Space>
                ),
              },
              { key: 'serial', label: t('keys.serial'), children: <Typography.Text code>{info.serialNumber}</Typography.Text> },
              { key: 'source', label: t('keys.source'), children: active.source === 'pkcs12' ? t('keys.sourcePkcs12') : t('keys.sourceGenerated') },
            ]}
          />
        )}
      </section>
    </Card>
  );
}

export function TestSignCard({ isAllowed, hasIdentity }: { readonly isAllowed: boolean; readonly hasIdentity: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const session = useSession();
  const run = useRunAction();
  const sign = (): Promise<unknown> => run(async () => {
    const { signSampleNotice } = await import('./test-sign');
    const signed = await signSampleNotice(db, session);
    const saved = await getBridge().saveFile({ suggestedName: signed.fileName, bytes: signed.bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (!saved.ok) throw new XinpingError(saved.error);
    return saved.value;
  });
  return (
    <Card size="small" title={t('keys.test.title')}>
      <Space orientation="vertical">
        <Typography.Text type="secondary">{t('keys.test.intro')}</Typography.Text>
        <Button disabled={!isAllowed || !hasIdentity} onClick={() => void sign()}>{t('keys.test.ok')}</Button>
      </Space>
    </Card>
  );
}
