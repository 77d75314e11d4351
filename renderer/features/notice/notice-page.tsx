import { App, Result, Space, Steps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { NoticeRelease } from '../../../shared/lifecycle/types';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import { useBatch } from '../batches/use-batches';
import { useRunAction } from '../review/action-errors';
import { BatchHeading } from '../review/batch-heading';
import { useSession } from '../session/session';
import { CertificatesCard } from './certificates-card';
import { CorrectionsBanner } from './corrections-banner';
import { makeDocument } from './document-jobs';
import { FinalCard } from './final-card';
import { NOTICE } from './messages';
import { ObjectionsCard } from './objections-card';
import { PeriodCard } from './period-card';
import { ReleasesCard } from './releases-card';
import { StartNoticeCard } from './start-notice-card';
import { useNoticeData } from './use-notice-data';
import '../review/review.css';

const STEP: Readonly<Record<Batch['status'], number>> = { open: 0, notice: 1, final: 2, archived: 2 };

function NoticeWorkspace({ batch }: { readonly batch: Batch }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const { message } = App.useApp();
  const session = useSession();
  const run = useRunAction();
  const data = useNoticeData(batch.id);
  // The PDF is made after the release is stored, off the action's path; the list shows its progress.
  const publish = (release: NoticeRelease, text: string): void => {
    void message.success(text);
    void run(() => makeDocument(db, session, release));
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BatchHeading batch={batch} />
      <Steps current={STEP[batch.status]} size="small" items={[{ title: t('steps.grading') }, { title: t('steps.notice') }, { title: t('steps.final') }]} style={{ maxWidth: 720 }} />
      {batch.status === 'open' ? <StartNoticeCard batch={batch} onStarted={(r) => publish(r.release, t('start.done', { start: r.period.start, end: r.period.end }))} /> : null}
      {data && batch.status !== 'open' ? (
        <>
          <CorrectionsBanner batch={batch} pending={data.pending} onIssued={(r) => publish(r.release, t('corrections.done', { revision: r.release.revision }))} />
          <PeriodCard data={data} />
          <ObjectionsCard batch={batch} data={data} />
          {batch.status === 'notice' && data.latest ? <FinalCard batch={batch} period={data.latest.period} pendingCount={data.pending.length} onFinalised={(r) => publish(r.release, t('final.done', { count: r.certificates.length }))} /> : null}
          {batch.status !== 'notice' ? <CertificatesCard batch={batch} /> : null}
          <ReleasesCard releases={data.releases} />
        </>
      ) : null}
    </Space>
  );
}

/** 公示与终评: start the notice, record and decide objections, publish corrections, finalise, certificates. */
export function NoticePage(): ReactNode {
  const { batchId } = useParams();
  const batch = useBatch(batchId);
  if (batch === undefined) return null;
  if (batch === null) return <Result status="404" title="404" subTitle={batchId} />;
  return <NoticeWorkspace key={batch.id} batch={batch} />;
}
