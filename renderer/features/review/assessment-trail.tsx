import { Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/lifecycle/types';
import { formatInstant } from '../scoring/format-time';
import { REVIEW } from './messages';

type Event = { readonly at: string; readonly color: string; readonly text: string };

/** What the supervisor decided so far, oldest first: send-backs, acceptance, override, approval. */
export function AssessmentTrail({ assessment }: { readonly assessment: Assessment | undefined }): ReactNode {
  const { t } = useTranslation(REVIEW);
  if (!assessment) return null;
  const events: Event[] = assessment.rescoreRequests.map((r) => ({ at: r.at, color: 'orange', text: t('consolidation.rescoreBy', { by: r.by, at: formatInstant(r.at), reviewer: r.reviewerId, reason: r.reason }) }));
  if (assessment.accepted) events.push({ at: assessment.accepted.at, color: 'blue', text: t('consolidation.acceptedBy', { by: assessment.accepted.by, at: formatInstant(assessment.accepted.at) }) });
  const o = assessment.override;
  if (o) {
    const what = [o.score === undefined ? null : `${o.score.toFixed(1)}`, o.grade ?? null].filter(Boolean).join(' / ');
    events.push({ at: o.at, color: 'purple', text: t('consolidation.overrideBy', { by: o.by, at: formatInstant(o.at), what, reason: o.reason }) });
  }
  const a = assessment.approval;
  if (a) events.push({ at: a.at, color: 'green', text: t('consolidation.approvedBy', { by: a.by, at: formatInstant(a.at), grade: a.grade }) });
  if (events.length === 0) return null;
  events.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  return <Timeline style={{ marginBottom: -16 }} items={events.map((e) => ({ key: `${e.at}-${e.text}`, color: e.color, content: <Typography.Text>{e.text}</Typography.Text> }))} />;
}
