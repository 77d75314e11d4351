import { FileTextOutlined, FormOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Result, Space, Spin, Tabs } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { db } from '../../db';
import { AttachmentPanel } from '../attachments/attachment-panel';
import { useBatch } from '../batches/use-batches';
import { ScoringPanel } from '../scoring/scoring-panel';
import { DossierHeader } from './dossier-header';
import { EnterpriseForm } from './enterprise-form';
import { DOSSIER_DETAIL } from './messages';

const TABS = ['enterprise', 'attachments', 'scoring'] as const;
type Tab = (typeof TABS)[number];

const isTab = (value: string | null): value is Tab => TABS.some((tab) => tab === value);

/** 评价档案: one enterprise in one batch — its details, its attachments, and the reviewer's score sheet. */
export function DossierPage(): ReactNode {
  const { t } = useTranslation(DOSSIER_DETAIL);
  const { batchId, dossierId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const batch = useBatch(batchId);
  const found = useLiveQuery(async () => ({ dossierId, row: (await db.dossiers.get(dossierId)) ?? null }), [dossierId]);
  // A live query keeps its last result while its deps change: never show one dossier under another's URL.
  const dossier = found?.dossierId === dossierId ? found.row : undefined;
  const loaded = useLiveQuery(async () => (dossier ? db.enterprises.get(dossier.enterpriseId) : undefined), [dossier?.enterpriseId]);
  const enterprise = loaded?.id === dossier?.enterpriseId ? loaded : undefined;
  const requested = search.get('tab');
  // The tab is in the URL, so a reload (or a link) lands on the same tab.
  const tab: Tab = isTab(requested) ? requested : 'enterprise';

  if (batch === undefined || dossier === undefined) return <Spin />;
  if (batch === null || dossier === null || dossier.batchId !== batch.id) {
    return (
      <Result
        status="404"
        title={dossier === null || batch === null ? t('notFound', { id: dossierId }) : t('notInBatch', { id: dossierId })}
        extra={batch ? <Link to={`/batches/${batch.id}`}><Button>{t('backToBatch')}</Button></Link> : null}
      />
    );
  }
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DossierHeader dossier={dossier} enterprise={enterprise} batch={batch} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'enterprise' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'enterprise', label: t('tabs.enterprise'), icon: <FileTextOutlined />, children: enterprise ? <EnterpriseForm key={enterprise.id} enterprise={enterprise} /> : <Spin /> },
          { key: 'attachments', label: t('tabs.attachments'), icon: <PaperClipOutlined />, children: <AttachmentPanel key={dossier.id} dossierId={dossier.id} isActive={tab === 'attachments'} /> },
          { key: 'scoring', label: t('tabs.scoring'), icon: <FormOutlined />, children: <ScoringPanel batch={batch} dossierId={dossier.id} /> },
        ]}
      />
    </Space>
  );
}
