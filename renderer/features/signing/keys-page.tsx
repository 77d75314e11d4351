// 签名密钥: the active signing identity, keys made here (with their certificate requests), PKCS#12
// import, the association CA certificates the verifier trusts, and a test signature.
import { Alert, Col, Row, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { useSession } from '../session/session';
import { ActiveIdentityCard, TestSignCard } from './identity-cards';
import { Pkcs12Card, TrustedCaCard } from './import-cards';
import { GenerateKeyCard, KeyListCard } from './key-cards';
import { SIGNING } from './messages';
import { useSigningData } from './use-signing-data';

export function KeysPage(): ReactNode {
  const { t } = useTranslation(SIGNING);
  const session = useSession();
  const data = useSigningData();
  const mayManage = isAllowed(session.role, OPERATIONS.manageSigningKeys);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1200 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('keys.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('keys.intro')}</Typography.Paragraph>
      {mayManage ? null : <Alert type="info" showIcon title={t('keys.roleHint')} />}
      {data ? (
        <>
          <ActiveIdentityCard active={data.active} />
          <KeyListCard keys={data.keys} isAllowed={mayManage} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}><GenerateKeyCard isAllowed={mayManage} /></Col>
            <Col xs={24} xl={10}><Pkcs12Card isAllowed={mayManage} /></Col>
            <Col xs={24} xl={14}><TrustedCaCard cas={data.cas} caError={data.caError} isAllowed={mayManage} /></Col>
            <Col xs={24} xl={10}><TestSignCard isAllowed={mayManage} hasIdentity={data.active !== undefined} /></Col>
          </Row>
        </>
      ) : null}
    </Space>
  );
}
