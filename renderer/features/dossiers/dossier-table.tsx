import { useTable, type ColumnVisibilityState, type SortingState, type Updater } from '@tanstack/react-table';
import { Alert, Button, Empty, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import { batchRegions } from '../../db/queries';
import type { DossierRow } from '../../db/rows';
import { ColumnChooser } from './column-chooser';
import { dossierColumns, tableFeaturesUsed } from './columns';
import { DossierGrid } from './dossier-grid';
import { DOSSIERS } from './messages';
import { SavedViews } from './saved-views';
import { useStateLabel } from './state-label';
import { TableStatus } from './table-status';
import { FilterBar } from './table-toolbar';
import { DEFAULT_VIEW, hasFilters, isColumnId, SORTABLE, type TableFilters, type TableView } from './table-query';
import { useDossierWindow } from './use-dossier-window';
import './dossier-table.css';

const NO_ROWS: DossierRow[] = [];
const NO_REGIONS: string[] = [];

/** A batch's dossiers: virtualised, sorted, filtered and searched from IndexedDB indexes. */
export function DossierTable({ batch }: { batch: Batch }): ReactNode {
  const { t, i18n } = useTranslation(DOSSIERS);
  const stateLabel = useStateLabel();
  const navigate = useNavigate();
  const [view, setView] = useState<TableView>(DEFAULT_VIEW);
  const [appliedId, setAppliedId] = useState<string>();
  const [range, setRange] = useState({ start: 0, end: 20 });
  const scale = useLiveQuery(() => db.gradeScales.get(batch.gradeScaleId), [batch.gradeScaleId]);
  const regions = useLiveQuery(() => batchRegions(db, batch.id), [batch.id]);
  const win = useDossierWindow(batch.id, view.sort, view.filters, scale, range);
  const change = (next: TableView): void => {
    setView(next);
    setAppliedId(undefined);
  };
  const setFilters = useCallback((filters: TableFilters) => {
    setView((current) => ({ ...current, filters }));
    setAppliedId(undefined);
  }, []);
  const applyView = useCallback((next: TableView, id: string) => {
    setView(next);
    setAppliedId(id);
  }, []);

  const columns = useMemo(() => dossierColumns(t, stateLabel), [t, stateLabel]);
  const data = useMemo(() => {
    const rows: DossierRow[] = [];
    for (const key of win.keys?.slice(range.start, range.end) ?? []) {
      const row = win.rows.get(key);
      if (row) rows.push(row);
    }
    return rows.length === 0 ? NO_ROWS : rows;
  }, [win.keys, win.rows, range]);
  const sorting = useMemo<SortingState>(() => [{ id: view.sort.field, desc: view.sort.dir === 'desc' }], [view.sort]);
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(view.hidden.map((id) => [id, false])), [view.hidden]);
  const table = useTable({
    features: tableFeaturesUsed,
    columns,
    data,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater;
      const field = next !== undefined && isColumnId(next.id) ? SORTABLE[next.id] : undefined;
      if (next !== undefined && field !== undefined) change({ ...view, sort: { field, dir: next.desc ? 'desc' : 'asc' } });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
      change({ ...view, hidden: Object.keys(next).filter((id) => next[id] === false).filter(isColumnId) });
    },
  });

  const open = useCallback((dossierId: string) => navigate(`/batches/${batch.id}/dossiers/${dossierId}`), [navigate, batch.id]);
  const grades = useMemo(() => (scale?.grades ?? []).map((g) => ({ name: g.name, hint: i18n.language === 'en' ? g.en : g.zh })), [scale, i18n.language]);
  const queryKey = JSON.stringify([view.sort, view.filters]);
  const isEmpty = win.total === 0 && !win.isLoading;
  const isFiltered = hasFilters(view.filters);
  return (
    <section className="xp-dt" aria-label={t('grid')}>
      <div className="xp-dt-toolbar">
        <FilterBar filters={view.filters} onFilters={setFilters} grades={grades} regions={regions ?? NO_REGIONS} />
        <Space size={8}>
          <SavedViews batchId={batch.id} view={view} appliedId={appliedId} onApply={applyView} />
          <ColumnChooser table={table} />
        </Space>
      </div>
      <TableStatus view={view} total={win.total} batchTotal={win.batchTotal} isLoading={win.isLoading} />
      {win.error ? <Alert type="error" showIcon title={t('failed', { message: win.error.message })} /> : null}
      <DossierGrid
        table={table}
        keys={win.keys}
        total={win.total ?? win.keys?.length ?? 0}
        isLoading={win.isLoading}
        isStale={win.isStale}
        isWarm={win.isWarm}
        queryKey={queryKey}
        onRange={setRange}
        onOpen={open}
        overlay={
          isEmpty ? (
            <div className="xp-dt-empty">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="xp-dt-empty-title">{isFiltered ? t('empty') : t('emptyBatch')}</span>}>
                <span className="xp-dt-muted">{isFiltered ? t('emptyHint') : t('emptyBatchHint')}</span>
                {isFiltered ? (
                  <Button size="small" className="xp-dt-empty-reset" onClick={() => change({ ...view, filters: { search: '' } })}>
                    {t('reset')}
                  </Button>
                ) : null}
              </Empty>
            </div>
          ) : null
        }
      />
    </section>
  );
}
