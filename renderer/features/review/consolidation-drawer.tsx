import { CheckOutlined, EditOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import { acceptConsolidation, assessmentFor, previewConsolidation } from '../../lifecycle';
import { useSession } from '../session/session';
import { useLang, useRunAction } from './action-errors';
import { AssessmentTrail } from './assessment-trail';
import { ConsolidationTable } from './consolidation-table';
import { REVIEW } from './messages';
import { OverrideModal } from './override-modal';
import { RescoreModal } from './rescore-modal';
import { compareSheets } from './sheet-comparison';

type Dialog = 'rescore' | 'override' | null;

/** 汇总: the sheets side by side, the consolidated score and grade, and the supervisor's decisions. */
export function ConsolidationDrawer({ batch, dossierId, onClose }: { readonly batch: Batch; readonly dossierId: string; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const lang = useLang();
  const session = useSession();
  const run = useRunAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = useLiveQuery(async () => {
    const [dossier, sheets, assessment, list, preview] = await Promise.all([
      db.dossiers.get(dossierId),
      db.scoreSheets.where('dossierId').equals(dossierId).toArray(),
      assessmentFor(db, dossierId),
      db.checklists.get(batch.checklistId),
      previewConsolidation(db, dossierId),
    ]);
    return { dossier, sheets, assessment, list, preview };
  }, [dossierId, batch.checklistId]);

  if (!data?.dossier || !data.list) return <Drawer open size={1040} onClose={onClose}><Spin /></Drawer>;
  const { dossier, sheets, assessment, list, preview } = data;
  const reviewers = dossier.reviewerIds;
  const assigned = sheets.filter((s) => reviewers.includes(s.reviewerId));
  const flagged = compareSheets(list, assigned, batch.spreadThreshold).filter((r) => r.isFlagged);
  const proposal = dossier.state === 'initial_grade' ? assessment?.proposal : preview.ok ? preview.value.proposal : assessment?.proposal;
  const isSupervisor = isAllowed(session.role, OPERATIONS.acceptScores);
  const isDecidable = dossier.state === 'scoring' || dossier.state === 'initial_grade';
  const submitted = assigned.filter((s) => s.status === 'submitted').map((s) => s.reviewerId);
  const accept = (): Promise<unknown> => run(() => acceptConsolidation(db, session, dossier.id), { success: t('consolidation.accepted', { name: dossier.enterpriseName }) });

  const footer = isSupervisor && isDecidable ? (
    <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
      <Button icon={<RollbackOutlined />} danger disabled={submitted.length === 0} onClick={() => setDialog('rescore')}>{t('consolidation.rescore')}</Button>
      <Button icon={<EditOutlined />} onClick={() => setDialog('override')}>{t('consolidation.override')}</Button>
      {dossier.state === 'scoring' ? <Button type="primary" icon={<CheckOutlined />} disabled={!preview.ok} onClick={() => void accept()}>{t('consolidation.accept')}</Button> : null}
    </Space>
  ) : !isSupervisor ? <Typography.Text type="secondary">{t('consolidation.readOnly')}</Typography.Text> : null;

  return (
    <Drawer open size={1040} title={t('consolidation.title', { name: dossier.enterpriseName })} onClose={onClose} footer={footer} destroyOnHidden>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'rule', label: t('consolidation.rule'), children: t(`consolidation.rules.${batch.consolidation}`) },
            { key: 'threshold', label: t('consolidation.threshold'), children: t('consolidation.thresholdValue', { value: batch.spreadThreshold }) },
            { key: 'reviewers', label: t('consolidation.reviewers'), children: reviewers.join('、') || '—' },
          ]}
        />
        <Space size={48} align="start">
          <Statistic title={t('consolidation.consolidated')} value={proposal ? proposal.score.toFixed(1) : '—'} />
          <Statistic
            title={t('consolidation.proposedGrade')}
            valueRender={() =>
              proposal ? (
                <Space size={4}>
                  <Tag color={proposal.grade ? 'red' : 'default'} style={{ fontSize: 20, padding: '4px 12px' }}>{proposal.grade ?? t('consolidation.notRated')}</Tag>
                  {proposal.source === 'override' ? <Tag color="purple">{t('consolidation.overridden')}</Tag> : null}
                </Space>
              ) : <span>—</span>
            }
          />
          {proposal && proposal.grade !== proposal.scoreGrade ? <Typography.Text type="secondary" style={{ paddingTop: 28, display: 'block' }}>{t('consolidation.scoreGrade', { grade: proposal.scoreGrade })}</Typography.Text> : null}
        </Space>
        {proposal?.reasons.map((r) => <Alert key={r.ruleId} type="warning" showIcon title={r[lang]} />)}
        {!preview.ok && dossier.state === 'scoring' ? (
          <Alert type="info" showIcon title={t('consolidation.cannotConsolidate')} description={<ul className="xp-blockers">{preview.error.map((e) => <li key={`${e.code}-${e.at?.field ?? ''}`}>{e[lang]}</li>)}</ul>} />
        ) : null}
        {flagged.length > 0 ? (
          <Alert type="error" showIcon title={t('consolidation.flaggedCount', { count: flagged.length, threshold: batch.spreadThreshold })} description={flagged.map((r) => (lang === 'en' ? r.nameEn : r.name)).join(lang === 'en' ? ', ' : '、')} />
        ) : assigned.length > 1 ? (
          <Alert type="success" showIcon title={t('consolidation.noFlags', { threshold: batch.spreadThreshold })} />
        ) : null}
        <AssessmentTrail assessment={assessment} />
        <ConsolidationTable list={list} sheets={assigned} reviewers={reviewers} threshold={batch.spreadThreshold} />
      </Space>
      {dialog === 'rescore' ? <RescoreModal dossier={dossier} reviewers={submitted} onClose={() => setDialog(null)} /> : null}
      {dialog === 'override' ? <OverrideModal dossier={dossier} batch={batch} {...(proposal ? { current: { score: proposal.score, grade: proposal.grade } } : {})} onClose={() => setDialog(null)} /> : null}
    </Drawer>
  );
}
