import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Divider, Progress, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../../../shared/rounding';
import type { SheetOutcome } from '../../../shared/score-sheet';
import { formatClock } from './format-time';
import { SCORING } from './messages';
import { useAutosaveStatus, type AutosaveStatusStore } from './use-autosave';

type Props = {
  readonly outcome: SheetOutcome;
  readonly done: number;
  readonly total: number;
};

/** The live total and grade, with every cap or veto that changed the grade and why. */
export function ScoreSummary({ outcome, done, total }: Props): ReactNode {
  const { t, i18n } = useTranslation(SCORING);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  if (!outcome.ok) {
    return (
      <section aria-label={t('result')}>
        <Typography.Text type="warning">{t('noOutcome')}：{outcome.errors.map((e) => e[lang]).join('；')}</Typography.Text>
      </section>
    );
  }
  const { score, grade } = outcome;
  const unscored = score.unscoredIndicatorIds.length;
  return (
    // A region, not a live status: announcing the whole summary on every keystroke would drown a screen reader.
    <section aria-label={t('result')} className="xp-summary">
      <Space size={40} align="start">
        <section aria-label={t('total')}>
          <Statistic title={t('total')} value={formatScore(score.unrounded)} styles={{ content: { fontSize: 36, fontWeight: 600 } }} />
        </section>
        <section aria-label={t('grade')}>
          <Statistic
            title={t('grade')}
            value={grade.grade ?? t('notRated')}
            styles={{ content: { fontSize: 36, fontWeight: 600, color: unscored > 0 ? '#8c8c8c' : grade.reasons.length > 0 ? '#d46b08' : '#b71c1c' } }}
          />
        </section>
      </Space>
      {unscored > 0 ? <Tag color="blue" className="xp-provisional">{t('provisional', { count: unscored })}</Tag> : null}
      {grade.grade !== grade.scoreGrade ? <Typography.Text type="secondary" style={{ display: 'block' }}>{t('scoreGrade', { grade: grade.scoreGrade })}</Typography.Text> : null}
      {grade.reasons.length > 0 ? (
        <div className="xp-reasons" aria-label={t('reasons')}>
          <Typography.Text strong>{t('reasons')}</Typography.Text>
          <ul>
            {grade.reasons.map((reason) => (
              <li key={reason.ruleId}>
                <Tag color={reason.kind === 'veto' ? 'red' : 'orange'}>{reason.kind === 'veto' ? t('vetoDisqualify') : t('capTag')}</Tag>
                {reason[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Divider style={{ margin: '12px 0' }} />
      <div className="xp-breakdown">
        <span>{t('base')} <b>{formatScore(score.base)}</b></span>
        <span>{t('bonusTotal')} <b>+{formatScore(score.bonus)}</b></span>
        <span>{t('penaltyTotal')} <b>−{formatScore(score.penalty)}</b></span>
      </div>
      <Progress percent={Math.round((100 * done) / Math.max(1, total))} format={() => t('progress', { done, total })} size="small" />
    </section>
  );
}

/** "已自动保存 HH:mm:ss", or what the autosave is doing now. */
export function AutosaveStatus({ store }: { store: AutosaveStatusStore }): ReactNode {
  const { t } = useTranslation(SCORING);
  const state = useAutosaveStatus(store);
  if (state.isJournalFailing) return <Typography.Text type="danger"><ExclamationCircleOutlined /> {t('journalFailing')}</Typography.Text>;
  if (state.status === 'failed') return <Typography.Text type="danger" role="alert"><ExclamationCircleOutlined /> {t('saveFailed')}</Typography.Text>;
  if (state.status === 'pending' || state.status === 'saving') return <Typography.Text type="secondary"><CloudSyncOutlined /> {t('pending')}</Typography.Text>;
  if (state.savedAt) return <Typography.Text type="success"><CheckCircleOutlined /> {t('autosaved', { time: formatClock(state.savedAt) })}</Typography.Text>;
  return <Typography.Text type="secondary">{t('notSaved')}</Typography.Text>;
}
