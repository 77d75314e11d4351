import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { db } from '../../db';
import { DossierTable } from '../dossiers/dossier-table';
import { BatchOverview } from '../overview/batch-overview';
import { BatchForm } from './batch-form';
import { BatchTabs } from './batch-tabs';
import { BatchToolbar } from './batch-toolbar';
import { useBatch } from './use-batches';
import { batchFullTitle } from './batch-label';

export function BatchPage(): ReactNode {
  const { t } = useTranslation();
  const { batchId } = useParams();
  const batch = useBatch(batchId);
  const scale = useLiveQuery(async () => (batch ? db.gradeScales.get(batch.gradeScaleId) : undefined), [batch?.gradeScaleId]);
  const [isEditing, setIsEditing] = useState(false);
  if (batch === undefined) return null;
  if (batch === null) return <Result status="404" title="404" subTitle={batchId} />;
  const grades = Array.isArray(scale?.grades) ? (scale.grades as readonly { name: string }[]).map((g) => g.name) : [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {batchFullTitle(batch)}
        </Typography.Title>
        <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
          {t('batch.edit')}
        </Button>
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'types', label: t('batch.evaluationTypes'), children: batch.evaluationTypes.map((e) => t(`batch.evaluationType.${e}`)).join('、') },
          { key: 'number', label: t('batch.associationNumber'), children: batch.associationNumber },
          { key: 'status', label: t('dossier.state'), children: t(`batch.status.${batch.status}`) },
          { key: 'checklist', label: t('batch.checklist'), children: batch.checklistId },
          { key: 'scale', label: t('batch.gradeScale'), children: batch.gradeScaleId },
          { key: 'notice', label: t('batch.noticeDays'), children: `${batch.noticeDays}（${t(`batch.dayType.${batch.noticeDayType}`)}）` },
        ]}
      />
      <BatchTabs batchId={batch.id} />
      <BatchOverview batch={batch} gradeOrder={grades} />
      <BatchToolbar batch={batch} />
      <DossierTable batch={batch} />
      {isEditing ? <BatchForm batch={batch} onClose={() => setIsEditing(false)} /> : null}
    </Space>
  );
}
