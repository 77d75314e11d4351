import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { formatScore } from '../../../shared/rounding';
import { useLang } from './action-errors';
import { REVIEW } from './messages';
import { compareSheets, sheetTotals, type ComparedCell, type ComparisonRow } from './sheet-comparison';

type Props = {
  readonly list: Checklist;
  readonly sheets: readonly ScoreSheet[];
  readonly reviewers: readonly string[];
  readonly threshold: number;
};

function Cell({ cell }: { readonly cell: ComparedCell | undefined }): ReactNode {
  const { t } = useTranslation(REVIEW);
  if (!cell) return <Typography.Text type="secondary">{t('consolidation.noEntry')}</Typography.Text>;
  if (cell.isNotApplicable) return <Typography.Text type="secondary">{t('consolidation.na')}</Typography.Text>;
  if (cell.score === null) return <Typography.Text type="warning">{t('consolidation.notScored')}</Typography.Text>;
  return <span className="xp-num">{formatScore(cell.score)}</span>;
}

/** The sheets side by side per indicator; rows whose spread is over the threshold are highlighted. */
export function ConsolidationTable({ list, sheets, reviewers, threshold }: Props): ReactNode {
  const { t } = useTranslation(REVIEW);
  const lang = useLang();
  const ordered = reviewers.flatMap((r) => sheets.filter((s) => s.reviewerId === r));
  const rows = compareSheets(list, ordered, threshold);
  const totals = sheetTotals(list, ordered);
  const columns: ColumnsType<ComparisonRow> = [
    {
      key: 'indicator',
      title: t('consolidation.indicator'),
      render: (_, row) => (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{lang === 'en' ? row.groupEn : row.group}</Typography.Text>
          <div>
            {lang === 'en' ? row.nameEn : row.name}
            {row.isKey ? <Tag color="gold" bordered={false} style={{ marginInlineStart: 6 }}>{t('consolidation.key')}</Tag> : null}
          </div>
        </div>
      ),
    },
    { key: 'max', title: t('consolidation.max'), width: 64, align: 'right', render: (_, row) => <span className="xp-num">{row.max}</span> },
    ...ordered.map((sheet) => ({
      key: sheet.reviewerId,
      title: (
        <span>
          {sheet.reviewerId}
          {sheet.status === 'draft' ? <Tag style={{ marginInlineStart: 6 }}>{t('consolidation.sheetDraft')}</Tag> : null}
        </span>
      ),
      width: 120,
      align: 'right' as const,
      render: (_: unknown, row: ComparisonRow) => <Cell cell={row.cells[sheet.reviewerId]} />,
    })),
    {
      key: 'spread',
      title: t('consolidation.spread'),
      width: 150,
      align: 'right',
      render: (_, row) => (
        <span>
          {row.spread === null ? '—' : <Typography.Text type={row.spread === 0 ? 'secondary' : undefined} className="xp-num">{formatScore(row.spread)}</Typography.Text>}
          {row.isFlagged ? (
            <Tooltip title={row.isNotApplicableDisagreement ? t('consolidation.naDisagreement') : undefined}>
              <Tag color="red" style={{ marginInlineStart: 8, marginInlineEnd: 0 }}>{row.isNotApplicableDisagreement ? t('consolidation.naDisagreement') : t('consolidation.flagged')}</Tag>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
  ];
  return (
    <Table<ComparisonRow>
      size="small"
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={rows}
      rowClassName={(row) => (row.isFlagged ? 'xp-flagged-row' : '')}
      aria-label={t('consolidation.indicator')}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><Typography.Text strong>{t('consolidation.total')}</Typography.Text></Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right"><span className="xp-num">100</span></Table.Summary.Cell>
          {ordered.map((sheet, i) => (
            <Table.Summary.Cell key={sheet.reviewerId} index={i + 2} align="right">
              <Typography.Text strong className="xp-num">{totals[sheet.reviewerId] === null || totals[sheet.reviewerId] === undefined ? '—' : formatScore(totals[sheet.reviewerId] ?? 0)}</Typography.Text>
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={ordered.length + 2} />
        </Table.Summary.Row>
      )}
    />
  );
}
