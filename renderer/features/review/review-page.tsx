import { CheckCircleOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Result, Segmented, Space, Switch, Tooltip, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Batch } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { approveGrades, reinstateDossier } from '../../lifecycle';
import { useBatch } from '../batches/use-batches';
import { useSession } from '../session/session';
import { useRunAction } from './action-errors';
import { AssignModal } from './assign-modal';
import { BatchHeading } from './batch-heading';
import { ConsolidationDrawer } from './consolidation-drawer';
import { ExcludeModal } from './exclude-modal';
import { REVIEW } from './messages';
import { NoticeGate } from './notice-gate';
import { ResubmitModal } from './resubmit-modal';
import { approvable, assignable, STAGES, type ReviewAction, type Stage } from './review-model';
import { ReviewTable } from './review-table';
import { ScreeningHistoryDrawer } from './screening-history';
import { ScreeningModal } from './screening-modal';
import { StageStats } from './stage-stats';
import { useReviewRows, useStageCounts, type ReviewRow } from './use-review-data';
import './review.css';

type Dialog =
  | { readonly kind: 'screen' | 'resubmit' | 'history' | 'exclude' | 'consolidate'; readonly dossier: DossierRow }
  | { readonly kind: 'assign'; readonly dossiers: readonly DossierRow[] };

function ReviewWorkspace({ batch }: { readonly batch: Batch }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const navigate = useNavigate();
  const run = useRunAction();
  const [stage, setStage] = useState<Stage>('all');
  const [isMine, setIsMine] = useState(session.role === 'reviewer');
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const queueOf = isMine ? session.actor : undefined;
  const rows = useReviewRows({ batchId: batch.id, stage, ...(queueOf === undefined ? {} : { queueOf }) });
  const counts = useStageCounts(batch.id);
  const checklist = useLiveQuery(() => db.checklists.get(batch.checklistId), [batch.checklistId]);
  const chosen = (rows ?? []).filter((r) => selected.includes(r.dossier.id));
  const chosenFacts = chosen.map((r) => ({ state: r.dossier.state, assessment: r.assessment }));
  const isSupervisor = isAllowed(session.role, OPERATIONS.approveGrades);

  const approve = async (ids: readonly string[]): Promise<void> => {
    const done = await run(() => approveGrades(db, session, ids), { success: t('approved', { count: ids.length }) });
    if (done) setSelected((s) => s.filter((id) => !ids.includes(id)));
  };
  const onAction = (action: ReviewAction, row: ReviewRow): void => {
    const dossier = row.dossier;
    if (action === 'approve') void approve([dossier.id]);
    else if (action === 'reinstate') void run(() => reinstateDossier(db, session, dossier.id), { success: t('reinstated', { name: dossier.enterpriseName }) });
    else if (action === 'score') void navigate(`/batches/${batch.id}/dossiers/${dossier.id}?tab=scoring`);
    else if (action === 'assign') setDialog({ kind: 'assign', dossiers: [dossier] });
    else setDialog({ kind: action, dossier });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <BatchHeading batch={batch} />
      <StageStats counts={counts} />
      <div className="xp-review-toolbar">
        <Space wrap size="middle">
          <Segmented<Stage> aria-label={t('stageFilter')} value={stage} onChange={setStage} options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
          <Tooltip title={t('myQueueHint', { actor: session.actor })}>
            <Space size={6}>
              <Switch id="review-my-queue" checked={isMine} onChange={setIsMine} aria-label={t('myQueue')} />
              <label htmlFor="review-my-queue">{t('myQueue')}</label>
            </Space>
          </Tooltip>
        </Space>
        {isSupervisor ? (
          <Space wrap>
            {selected.length > 0 ? <Typography.Text type="secondary">{t('selected', { count: selected.length })}</Typography.Text> : null}
            <Tooltip title={chosen.length > 0 && !assignable(chosenFacts) ? t('bulk.assignHint') : undefined}>
              <Button icon={<TeamOutlined />} disabled={!assignable(chosenFacts)} onClick={() => setDialog({ kind: 'assign', dossiers: chosen.map((r) => r.dossier) })}>{t('bulk.assign')}</Button>
            </Tooltip>
            <Tooltip title={chosen.length > 0 && !approvable(chosenFacts) ? t('bulk.approveHint') : undefined}>
              <Button type="primary" icon={<CheckCircleOutlined />} disabled={!approvable(chosenFacts)} onClick={() => void approve(chosen.map((r) => r.dossier.id))}>{t('bulk.approve')}</Button>
            </Tooltip>
          </Space>
        ) : null}
      </div>
      <ReviewTable batch={batch} rows={rows} checklist={checklist} selected={selected} onSelect={setSelected} onAction={onAction} />
      {session.role === 'reviewer' ? null : <NoticeGate batch={batch} />}
      {dialog?.kind === 'screen' ? <ScreeningModal dossier={dialog.dossier} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'resubmit' ? <ResubmitModal dossier={dialog.dossier} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'history' ? <ScreeningHistoryDrawer dossier={dialog.dossier} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'exclude' ? <ExcludeModal dossier={dialog.dossier} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'consolidate' ? <ConsolidationDrawer batch={batch} dossierId={dialog.dossier.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'assign' ? <AssignModal dossiers={dialog.dossiers} onClose={() => { setDialog(null); setSelected([]); }} /> : null}
    </Space>
  );
}

/** 评审与初评: first review, assignment, consolidation and approval of a batch's dossiers. */
export function ReviewPage(): ReactNode {
  const { batchId } = useParams();
  const batch = useBatch(batchId);
  const { actor } = useSession();
  if (batch === undefined) return null;
  if (batch === null) return <Result status="404" title="404" subTitle={batchId} />;
  // a new person at the workstation starts from their own defaults (a reviewer sees their queue)
  return <ReviewWorkspace key={`${batch.id}:${actor}`} batch={batch} />;
}
