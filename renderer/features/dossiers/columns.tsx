import { ExclamationCircleFilled } from '@ant-design/icons';
import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { formatScore } from '../../../shared/rounding';
import type { DossierState } from '../../../shared/model';
import type { DossierRow } from '../../db/rows';
import { isColumnId, STATES, type ColumnId } from './table-query';

// Sorting and visibility state live in TanStack Table; the rows arrive already sorted and
// filtered from the indexes (manualSorting), one visible window at a time.
export const tableFeaturesUsed = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
export type DossierColumn = ColumnDef<typeof tableFeaturesUsed, DossierRow, unknown>;

/** Grid track and alignment per column; the name takes the slack. */
export const COLUMN_LAYOUT: Readonly<Record<ColumnId, Layout>> = {
  enterpriseName: { track: 'minmax(200px, 2.4fr)' },
  creditCode: { track: 'minmax(212px, 212px)' },
  region: { track: 'minmax(96px, 1fr)' },
  industry: { track: 'minmax(96px, 1fr)' },
  state: { track: 'minmax(96px, 96px)' },
  reviewers: { track: 'minmax(120px, 1fr)' },
  score: { track: 'minmax(68px, 68px)', isNumeric: true },
  grade: { track: 'minmax(68px, 68px)' },
};

type Layout = { readonly track: string; readonly isNumeric?: boolean };

export function layoutOf(columnId: string): Layout {
  return isColumnId(columnId) ? COLUMN_LAYOUT[columnId] : { track: 'minmax(96px, 1fr)' };
}

// Plain markup in cells, not antd Badge/Tag/Tooltip: a screen of rows renders several hundred cells.
const STATE_STATUS: Readonly<Record<DossierState, 'default' | 'processing' | 'success' | 'warning' | 'error'>> = {
  applied: 'default',
  returned: 'error',
  screened: 'processing',
  scoring: 'processing',
  initial_grade: 'warning',
  notice: 'warning',
  objection: 'error',
  final: 'success',
  archived: 'default',
};

const helper = createColumnHelper<typeof tableFeaturesUsed, DossierRow>();

export function dossierColumns(t: TFunction, stateLabel: (state: DossierState) => string): DossierColumn[] {
  const none = <span className="xp-dt-none">{t('none')}</span>;
  // Translated once per language, not once per cell: a screen of rows is several hundred cells.
  const states = new Map(STATES.map((state) => [state, stateLabel(state)]));
  const codeLabels: CodeLabels = { overridden: `${t('overridden')}：${t('overriddenHint')}`, overriddenTag: t('overriddenTag'), sample: t('sample'), sampleHint: t('sampleHint') };
  const text = (value: string): ReactNode => (value === '' ? none : <span className="xp-dt-ellipsis" title={value}>{value}</span>);
  return helper.columns([
    helper.accessor('enterpriseName', {
      header: t('columns.enterpriseName'),
      enableHiding: false,
      // A plain hash link (the router is a hash router), out of the tab order: the grid moves
      // between rows with the arrow keys and opens with Enter.
      cell: (c) => (
        <a href={`#/batches/${encodeURIComponent(c.row.original.batchId)}/dossiers/${encodeURIComponent(c.row.original.id)}`} tabIndex={-1} className="xp-dt-name xp-dt-ellipsis" title={c.getValue()}>
          {c.getValue()}
        </a>
      ),
    }),
    helper.accessor('creditCode', { header: t('columns.creditCode'), cell: (c) => <CreditCode row={c.row.original} labels={codeLabels} /> }),
    helper.accessor('region', { header: t('columns.region'), cell: (c) => text(c.getValue()) }),
    helper.accessor('industry', { header: t('columns.industry'), enableSorting: false, cell: (c) => text(c.getValue()) }),
    helper.accessor('state', {
      header: t('columns.state'),
      cell: (c) => (
        <span className={`xp-dt-state is-${STATE_STATUS[c.getValue()]}`}>
          {states.get(c.getValue()) ?? stateLabel(c.getValue())}
        </span>
      ),
    }),
    helper.accessor((row) => row.reviewerIds.join('、'), { id: 'reviewers', header: t('columns.reviewers'), enableSorting: false, cell: (c) => text(c.getValue()) }),
    helper.accessor('score', { header: t('columns.score'), sortDescFirst: true, cell: (c) => { const v = c.getValue(); return v === undefined ? none : formatScore(v); } }),
    helper.accessor('grade', { header: t('columns.grade'), cell: (c) => { const v = c.getValue(); return v === undefined ? none : <span className="xp-dt-grade">{v}</span>; } }),
  ]);
}

type CodeLabels = { readonly overridden: string; readonly overriddenTag: string; readonly sample: string; readonly sampleHint: string };

function CreditCode({ row, labels }: { row: DossierRow; labels: CodeLabels }): ReactNode {
  return (
    <span className="xp-dt-code">
      <span className="xp-dt-mono">{row.creditCode}</span>
      {row.isCreditCodeOverridden ? (
        <span className="xp-dt-tag is-warning" title={labels.overridden}>
          <ExclamationCircleFilled aria-hidden /> {labels.overriddenTag}
        </span>
      ) : null}
      {row.isSampleCode ? (
        <span className="xp-dt-tag" title={labels.sampleHint}>
          {labels.sample}
        </span>
      ) : null}
    </span>
  );
}
