import { Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_NS } from './messages';
import type { ImportOutcome } from './protocol';

export function ResultStep({ outcome }: { readonly outcome: ImportOutcome | 'cancelled' }): ReactNode {
  const { t } = useTranslation(IMPORT_NS);
  if (outcome === 'cancelled') return <Result status="info" title={t('result.cancelled')} subTitle={t('result.cancelledDetail')} />;
  const detail = t('result.detail', { created: outcome.enterprisesCreated, updated: outcome.imported - outcome.enterprisesCreated, accepted: outcome.accepted, skipped: outcome.skipped });
  return (
    <Result
      status="success"
      title={t('result.done', { count: outcome.imported })}
      subTitle={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>{detail}</Typography.Paragraph>
          {outcome.lateDuplicates > 0 ? <Typography.Paragraph type="warning">{t('result.late', { count: outcome.lateDuplicates })}</Typography.Paragraph> : null}
        </>
      }
    />
  );
}
