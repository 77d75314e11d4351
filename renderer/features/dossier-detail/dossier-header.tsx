import { Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch, Enterprise } from '../../../shared/model';
import type { DossierRow } from '../../db/rows';
import { formatInstant } from '../scoring/format-time';
import { DOSSIER_DETAIL } from './messages';
import { batchTitle } from '../batches/batch-label';

/** Who and where: the enterprise, its code, the batch, the workflow state and the published result. */
export function DossierHeader({ dossier, enterprise, batch }: { dossier: DossierRow; enterprise: Enterprise | undefined; batch: Batch }): ReactNode {
  const { t, i18n } = useTranslation(DOSSIER_DETAIL);
  const g = i18n.getFixedT(null, 'translation');
  return (
    <div>
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{dossier.enterpriseName}</Typography.Title>
        <Tag color="processing">{g(`states.${dossier.state}`)}</Tag>
        {dossier.grade ? <Tag color="red">{dossier.grade}</Tag> : null}
        {enterprise?.isSampleCode ? (
          <Tooltip title={t('form.sampleCodeNote')}><Tag>{t('sampleCode')}</Tag></Tooltip>
        ) : null}
        {enterprise?.creditCodeOverride ? <Tag color="orange">{t('overridden')}</Tag> : null}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'code', label: t('form.creditCode'), children: <Typography.Text copyable style={{ fontFamily: 'ui-monospace, Consolas, monospace' }}>{dossier.creditCode}</Typography.Text> },
          { key: 'region', label: t('form.region'), children: dossier.region },
          { key: 'industry', label: t('form.industry'), children: dossier.industry },
          { key: 'type', label: t('evaluationType'), children: g(`batch.evaluationType.${dossier.evaluationType}`) },
          { key: 'batch', label: t('batch'), children: batchTitle(batch) },
          { key: 'reviewers', label: t('reviewers'), children: dossier.reviewerIds.length > 0 ? dossier.reviewerIds.join('、') : t('noReviewers') },
          { key: 'score', label: t('score'), children: dossier.score?.toFixed(1) ?? '—' },
          { key: 'updated', label: t('updatedAt'), children: formatInstant(dossier.updatedAt) },
        ]}
      />
    </div>
  );
}
