import { Badge, Card, Descriptions, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StateTag } from '../review/state-tag';
import { NOTICE } from './messages';
import { localToday, noticeListing, periodPhase, type ListingLine } from './notice-model';
import type { NoticeData } from './use-notice-data';

const PHASE_STATUS = { not_started: 'default', open: 'processing', over: 'success' } as const;

/** The period as published, whether it is running, and the list the public sees. */
export function PeriodCard({ data }: { readonly data: NoticeData }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const latest = data.latest;
  if (!latest) return null;
  const { period } = latest;
  const phase = periodPhase(period, localToday());
  const lines = noticeListing(latest, data.states, data.pending);
  const phaseText = phase === 'open' ? t('period.open', { end: period.end }) : phase === 'over' ? t('period.over') : t('period.notYet');
  return (
    <Card title={t('period.title')}>
      <Descriptions
        size="small"
        column={3}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'range', label: t('period.title'), children: <Typography.Text strong>{t('period.range', { start: period.start, end: period.end })}</Typography.Text> },
          { key: 'days', label: t('start.days'), children: t('period.days', { days: period.days, type: t(`start.dayType.${period.dayType}`) }) },
          { key: 'status', label: t('period.status'), children: <Badge status={PHASE_STATUS[phase]} text={phaseText} /> },
        ]}
      />
      <Table<ListingLine>
        size="small"
        rowKey="dossierId"
        pagination={false}
        aria-label={t('listing.title')}
        title={() => <Typography.Text strong>{t('listing.title')}</Typography.Text>}
        locale={{ emptyText: t('listing.empty') }}
        dataSource={lines}
        columns={[
          { key: 'number', title: t('listing.number'), width: 64, render: (_, l) => l.number },
          { key: 'name', title: t('listing.enterprise'), render: (_, l) => l.name },
          {
            key: 'grade',
            title: t('listing.grade'),
            width: 260,
            render: (_, l) => (
              <span>
                <Tag color="red">{l.grade}</Tag>
                {l.pending === undefined ? null : <Tag color="warning">{l.pending === null ? t('listing.removed') : t('listing.newGrade', { grade: l.pending })}</Tag>}
              </span>
            ),
          },
          { key: 'state', title: t('listing.state'), width: 120, render: (_, l) => (l.state ? <StateTag state={l.state} /> : '—') },
        ]}
      />
    </Card>
  );
}
