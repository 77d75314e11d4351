import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Checklist } from '../../../shared/checklist';
import { isApproved } from '../../../shared/lifecycle/assessment';
import type { Batch } from '../../../shared/model';
import { useSession } from '../session/session';
import { REVIEW } from './messages';
import { actionsFor, sheetSummary, type ReviewAction } from './review-model';
import { compareSheets } from './sheet-comparison';
import { StateTag } from './state-tag';
import type { ReviewRow } from './use-review-data';

// Shown as buttons; the rest go under 更多.
const PRIMARY: ReadonlySet<ReviewAction> = new Set(['screen', 'resubmit', 'assign', 'score', 'consolidate', 'approve']);

type Props = {
  readonly batch: Batch;
  readonly rows: readonly ReviewRow[] | undefined;
  readonly checklist: Checklist | undefined;
  readonly selected: readonly string[];
  readonly onSelect: (ids: string[]) => void;
  readonly onAction: (action: ReviewAction, row: ReviewRow) => void;
};

function Reviewers({ row }: { readonly row: ReviewRow }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const ids = row.dossier.reviewerIds;
  if (ids.length === 0) return <Typography.Text type="secondary">{t('noReviewers')}</Typography.Text>;
  const summary = sheetSummary(ids, row.sheets);
  return (
    <div>
      <Space size={[4, 4]} wrap>
        {ids.map((id) => {
          const status = row.sheets.find((s) => s.reviewerId === id)?.status ?? 'none';
          const color = status === 'submitted' ? 'green' : status === 'draft' ? 'gold' : 'default';
          return <Tooltip key={id} title={t(`sheetStatus.${status}`)}><Tag color={color} style={{ marginInlineEnd: 0 }}>{id}</Tag></Tooltip>;
        })}
      </Space>
      <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('sheetCount', summary)}</Typography.Text></div>
    </div>
  );
}

export function ReviewTable({ batch, rows, checklist, selected, onSelect, onAction }: Props): ReactNode {
  const { t } = useTranslation(REVIEW);
  const session = useSession();
  const actionsOf = (row: ReviewRow): ReviewAction[] =>
    actionsFor({ state: row.dossier.state, role: session.role, actor: session.actor, reviewerIds: row.dossier.reviewerIds, batchStatus: batch.status, assessment: row.assessment, sheetCount: row.sheets.length, hasScreenings: row.screeningCount > 0 });
  const flaggedOf = (row: ReviewRow): number => {
    if (!checklist || row.dossier.reviewerIds.length < 2) return 0;
    return compareSheets(checklist, row.sheets.filter((s) => row.dossier.reviewerIds.includes(s.reviewerId)), batch.spreadThreshold).filter((r) => r.isFlagged).length;
  };
  const columns: ColumnsType<ReviewRow> = [
    {
      key: 'enterprise',
      title: t('columns.enterprise'),
      width: 250,
      render: (_, row) => (
        <div>
          <Link to={`/batches/${batch.id}/dossiers/${row.dossier.id}`}>{row.dossier.enterpriseName}</Link>
          <div><Typography.Text type="secondary" className="xp-num" style={{ fontSize: 12 }}>{row.dossier.creditCode}</Typography.Text></div>
        </div>
      ),
    },
    {
      key: 'state',
      title: t('columns.state'),
      width: 130,
      render: (_, row) => (
        <Space size={4} wrap>
          <StateTag state={row.dossier.state} />
          {row.assessment?.exclusion ? <Tooltip title={row.assessment.exclusion.reason}><Tag color="default">{t('tags.excluded')}</Tag></Tooltip> : null}
          {row.rescoreReason ? <Tooltip title={row.rescoreReason}><Tag color="orange">{t('tags.rescore')}</Tag></Tooltip> : null}
        </Space>
      ),
    },
    { key: 'reviewers', title: t('columns.reviewers'), width: 210, render: (_, row) => <Reviewers row={row} /> },
    {
      key: 'score',
      title: t('columns.score'),
      width: 90,
      align: 'right',
      render: (_, row) => <span className="xp-num">{(row.assessment?.proposal?.score ?? row.dossier.score)?.toFixed(1) ?? '—'}</span>,
    },
    {
      key: 'grade',
      title: t('columns.grade'),
      width: 160,
      render: (_, row) => {
        const proposal = row.assessment?.proposal;
        const flagged = flaggedOf(row);
        return (
          <Space size={4} wrap>
            {proposal ? <Tag color={proposal.grade ? 'red' : 'default'}>{proposal.grade ?? t('tags.notRated')}</Tag> : row.dossier.grade ? <Tag color="red">{row.dossier.grade}</Tag> : '—'}
            {proposal?.source === 'override' ? <Tag color="purple">{t('tags.override')}</Tag> : null}
            {flagged > 0 ? <Tag color="error">{t('tags.flagged', { count: flagged })}</Tag> : null}
          </Space>
        );
      },
    },
    {
      key: 'approval',
      title: t('columns.approval'),
      width: 84,
      render: (_, row) => (isApproved(row.assessment) ? <Tag color="green">{t('tags.approved')}</Tag> : row.dossier.state === 'initial_grade' && !row.assessment?.exclusion ? <Tag color="gold">{t('tags.pending')}</Tag> : '—'),
    },
    {
      key: 'actions',
      title: t('columns.actions'),
      width: 200,
      render: (_, row) => {
        const actions = actionsOf(row);
        const shown = actions.filter((a) => PRIMARY.has(a));
        const more = actions.filter((a) => !PRIMARY.has(a));
        return (
          <Space size={0} wrap className="xp-review-actions">
            {shown.map((a) => <Button key={a} type="link" size="small" onClick={() => onAction(a, row)}>{t(`actions.${a}`)}</Button>)}
            {more.length > 0 ? (
              <Dropdown trigger={['click']} menu={{ items: more.map((a) => ({ key: a, label: t(`actions.${a}`), danger: a === 'exclude' })), onClick: ({ key }) => { const chosen = more.find((a) => a === key); if (chosen) onAction(chosen, row); } }}>
                <Button type="link" size="small" aria-label={`${t('actions.more')} ${row.dossier.enterpriseName}`}>{t('actions.more')} <DownOutlined /></Button>
              </Dropdown>
            ) : null}
          </Space>
        );
      },
    },
  ];
  return (
    <Table<ReviewRow>
      rowKey={(row) => row.dossier.id}
      size="middle"
      loading={rows === undefined}
      columns={columns}
      dataSource={rows ? [...rows] : []}
      locale={{ emptyText: t('empty') }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      rowSelection={session.role === 'supervisor' ? { selectedRowKeys: [...selected], onChange: (keys) => onSelect(keys.map(String)) } : undefined}
      scroll={{ x: 1124 }}
    />
  );
}
