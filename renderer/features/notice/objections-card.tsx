import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch, Objection } from '../../../shared/model';
import { noticePeriodForBatch } from '../../../shared/notice-period';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { formatInstant } from '../scoring/format-time';
import { useSession } from '../session/session';
import { NOTICE } from './messages';
import { ObjectionDecision } from './objection-decision';
import { ObjectionForm } from './objection-form';
import type { NoticeData } from './use-notice-data';

const OUTCOME_COLORS = { open: 'gold', upheld: 'red', rejected: 'default' } as const;

type Deciding = { readonly objection: Objection; readonly outcome: 'upheld' | 'rejected' };

/** 异议: the objections received, recording a new one, and deciding each. */
export function ObjectionsCard({ batch, data }: { readonly batch: Batch; readonly data: NoticeData }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const [isRecording, setIsRecording] = useState(false);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const canRecord = batch.status === 'notice' && isAllowed(session.role, OPERATIONS.recordObjection);
  const canDecide = isAllowed(session.role, OPERATIONS.decideObjection);
  const nameOf = (o: Objection): string => data.dossiers.get(o.dossierId)?.enterpriseName ?? o.dossierId;
  // A batch put in 公示 before its notice was released here (the sample batch): the batch's own period, as recordObjection reads it.
  const fromBatch = noticePeriodForBatch(batch);
  const period = data.latest?.period ?? (fromBatch.ok ? fromBatch.value : undefined);
  const listed = [...data.dossiers.values()].filter((d) => d.state === 'notice' || d.state === 'objection').sort((a, b) => a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
  return (
    <Card
      title={t('objections.title')}
      extra={canRecord ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsRecording(true)}>{t('objections.record')}</Button> : null}
    >
      <Table<Objection>
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('objections.title')}
        locale={{ emptyText: t('objections.empty') }}
        dataSource={[...data.objections]}
        columns={[
          { key: 'receivedOn', title: t('objections.columns.receivedOn'), width: 110, render: (_, o) => o.receivedOn },
          { key: 'enterprise', title: t('objections.columns.enterprise'), width: 170, render: (_, o) => nameOf(o) },
          { key: 'raisedBy', title: t('objections.columns.raisedBy'), width: 190, render: (_, o) => <div>{o.raisedBy}<div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.contact}</Typography.Text></div></div> },
          { key: 'grounds', title: t('objections.columns.grounds'), render: (_, o) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: o.grounds }} style={{ margin: 0 }}>{o.grounds}</Typography.Paragraph> },
          { key: 'evidence', title: t('objections.columns.evidence'), width: 90, render: (_, o) => (o.evidenceIds.length > 0 ? t('objections.evidenceCount', { count: o.evidenceIds.length }) : '—') },
          {
            key: 'outcome',
            title: t('objections.columns.outcome'),
            width: 240,
            render: (_, o) => (
              <Space orientation="vertical" size={0}>
                <Tag color={OUTCOME_COLORS[o.outcome ?? 'open']}>{t(`objections.outcome.${o.outcome ?? 'open'}`)}</Tag>
                {o.handling ? <Tooltip title={o.handledAt ? t('objections.handledAt', { at: formatInstant(o.handledAt) }) : undefined}><Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.handling}</Typography.Text></Tooltip> : null}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: t('objections.columns.actions'),
            width: 140,
            render: (_, o) =>
              o.outcome === undefined && canDecide ? (
                <Space size={0}>
                  <Button type="link" size="small" danger onClick={() => setDeciding({ objection: o, outcome: 'upheld' })}>{t('objections.uphold')}</Button>
                  <Button type="link" size="small" onClick={() => setDeciding({ objection: o, outcome: 'rejected' })}>{t('objections.reject')}</Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {isRecording && period ? <ObjectionForm listed={listed} period={period} onClose={() => setIsRecording(false)} /> : null}
      {deciding ? <ObjectionDecision objection={deciding.objection} name={nameOf(deciding.objection)} outcome={deciding.outcome} onClose={() => setDeciding(null)} /> : null}
    </Card>
  );
}
