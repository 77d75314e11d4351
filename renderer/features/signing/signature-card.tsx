// One signature of a verified PDF: signer, time, coverage, integrity, chain, then every check.
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureReport } from '../../pdf/verify/verify';
import { useLang } from '../review/action-errors';
import { SIGNING } from './messages';
import { chainVerdict, formatInstant } from './report-view';

const CHAIN_COLOR = { trusted: 'green', untrusted: 'red', noCa: 'gold' } as const;

function Verdict({ isOk, label }: { readonly isOk: boolean; readonly label: string }): ReactNode {
  return <Tag color={isOk ? 'green' : 'red'} icon={isOk ? <CheckCircleFilled /> : <CloseCircleFilled />}>{label}</Tag>;
}

export function SignatureCard({ signature }: { readonly signature: SignatureReport }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const lang = useLang();
  const signer = signature.signer;
  const chain = chainVerdict(signature);
  const chainCheck = signature.checks.find((c) => c.id === 'chain');
  const organization = [signer?.subject.organization, signer?.subject.organizationalUnit].filter(Boolean).join(' / ');
  const title = t('verify.signature', { index: signature.index + 1 });
  return (
    <Card type="inner" title={title}>
      <section aria-label={title}>
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 160 } }}
          items={[
            { key: 'signer', label: t('verify.signer'), children: <Typography.Text strong aria-label={t('verify.signer')}>{signer?.subject.commonName ?? signer?.subject.text ?? '—'}</Typography.Text> },
            ...(organization ? [{ key: 'org', label: t('verify.organization'), children: organization }] : []),
            { key: 'time', label: t('verify.time'), children: <span aria-label={t('verify.time')}>{signature.signingTime ? formatInstant(signature.signingTime) : '—'}</span> },
            { key: 'coverage', label: t('verify.coverage'), children: <Verdict isOk={signature.isWholeDocumentCovered} label={signature.isWholeDocumentCovered ? t('verify.whole') : t('verify.partial')} /> },
            { key: 'integrity', label: t('verify.integrity'), children: <Verdict isOk={signature.isUnchanged} label={signature.isUnchanged ? t('verify.unchanged') : t('verify.changed')} /> },
            {
              key: 'chain',
              label: t('verify.chain'),
              children: (
                <Space size={8} wrap>
                  <Tag color={CHAIN_COLOR[chain]} icon={chain === 'trusted' ? <CheckCircleFilled /> : chain === 'noCa' ? <QuestionCircleFilled /> : <CloseCircleFilled />}>{t(`verify.${chain}`)}</Tag>
                  {chainCheck ? <Typography.Text type="secondary">{chainCheck[lang]}</Typography.Text> : null}
                </Space>
              ),
            },
            ...(signer ? [
              { key: 'issuer', label: t('verify.issuer'), children: signer.issuer.text },
              { key: 'validity', label: t('verify.validity'), children: `${formatInstant(signer.notBefore)} — ${formatInstant(signer.notAfter)}` },
            ] : []),
            ...(signature.reason ? [{ key: 'reason', label: t('verify.reason'), children: signature.reason }] : []),
            ...(signature.location ? [{ key: 'location', label: t('verify.location'), children: signature.location }] : []),
          ]}
        />
        <List
          size="small"
          header={<Typography.Text strong>{t('verify.checks')}</Typography.Text>}
          dataSource={[...signature.checks]}
          renderItem={(check) => (
            <List.Item key={check.id}>
              <Space>
                {check.isOk ? <CheckCircleFilled style={{ color: '#389e0d' }} /> : <CloseCircleFilled style={{ color: '#cf1322' }} />}
                <span>{check[lang]}</span>
              </Space>
            </List.Item>
          )}
        />
      </section>
    </Card>
  );
}
