import { CaretDownFilled, CaretUpFilled } from '@ant-design/icons';
import type { ReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierRow } from '../../db/rows';
import { layoutOf, type tableFeaturesUsed } from './columns';
import { gridKeyMove } from './grid-keys';
import { GridRow } from './grid-row';
import type { KeyList } from './key-plan';
import { DOSSIERS } from './messages';

export const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 42;
const MAX_BODY = 560;
const MIN_ROWS = 5;

type Props = {
  readonly table: ReactTable<typeof tableFeaturesUsed, DossierRow>;
  readonly keys: KeyList | undefined;
  readonly total: number;
  readonly isLoading: boolean;
  readonly isStale: boolean;
  readonly isWarm: boolean;
  /** Changes whenever sort, filters or search change: the grid returns to the top. */
  readonly queryKey: string;
  readonly onRange: (range: { start: number; end: number }) => void;
  readonly onOpen: (dossierId: string) => void;
  readonly overlay?: ReactNode;
};

export function DossierGrid({ table, keys, total, isLoading, isStale, isWarm, queryKey, onRange, onOpen, overlay }: Props): ReactNode {
  const { t } = useTranslation(DOSSIERS);
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The active row belongs to one query: new sort, filters or search start with none.
  const [activeOf, setActiveOf] = useState({ queryKey, index: -1 });
  const active = activeOf.queryKey === queryKey ? activeOf.index : -1;
  const setActive = (index: number): void => setActiveOf({ queryKey, index });
  // Stable across renders (through refs of the latest values), so memoised rows stay memoised.
  const latest = useRef({ queryKey, keys, onOpen });
  useLayoutEffect(() => {
    latest.current = { queryKey, keys, onOpen };
  });
  const activate = useCallback((index: number) => setActiveOf({ queryKey: latest.current.queryKey, index }), []);
  const openAt = useCallback((index: number) => {
    const id = latest.current.keys?.[index];
    if (id !== undefined) latest.current.onOpen(id);
  }, []);
  const rowCount = keys === undefined ? MIN_ROWS : total;
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler in this build; the virtualiser is used as documented
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    scrollMargin: HEADER_HEIGHT,
    // Items keyed by position (the default): rows reuse their DOM nodes from one answer to the next.
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? 0) + 1;
  useEffect(() => onRange({ start, end }), [start, end, onRange]);
  // A new answer starts at its first row. Written only when scrolled (the offset the virtualiser
  // read from scroll events): writing scrollTop forces a layout in the middle of the commit.
  useEffect(() => {
    if (scrollRef.current && virtualizer.scrollOffset !== 0) scrollRef.current.scrollTop = 0;
  }, [queryKey, virtualizer]);

  const columns = table.getVisibleLeafColumns();
  const columnKey = columns.map((c) => c.id).join(' ');
  const columnIds = useMemo(() => columnKey.split(' '), [columnKey]);
  const template = columnIds.map((id) => layoutOf(id).track).join(' ');
  const rowsById = table.getRowModel().rowsById;
  const bodyHeight = Math.min(MAX_BODY, Math.max(MIN_ROWS, rowCount) * ROW_HEIGHT);
  const page = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget || keys === undefined) return;
    const move = gridKeyMove(event.key, active, keys.length, page);
    if (move.kind === 'none') return;
    event.preventDefault();
    if (move.kind === 'open') {
      const id = keys[active];
      if (id !== undefined) onOpen(id);
      return;
    }
    setActive(move.index);
    virtualizer.scrollToIndex(move.index, { align: 'auto' });
  };

  return (
    <div className={`xp-dt-frame${isStale ? ' is-stale' : ''}`}>
      {isLoading ? <div className="xp-dt-progress" aria-hidden /> : null}
      <div
        ref={scrollRef}
        id={gridId}
        role="grid"
        aria-label={t('grid')}
        aria-rowcount={keys === undefined ? -1 : total + 1}
        aria-colcount={columns.length}
        aria-busy={isLoading}
        aria-activedescendant={active >= 0 ? `${gridId}-r${active}` : undefined}
        data-warm={isWarm}
        tabIndex={0}
        className="xp-dt-grid"
        style={{ height: HEADER_HEIGHT + bodyHeight + 2 }}
        onKeyDown={onKeyDown}
        onFocus={() => active < 0 && keys !== undefined && keys.length > 0 && setActive(start)}
      >
        <div role="rowgroup" className="xp-dt-head" style={{ height: HEADER_HEIGHT }}>
          <div role="row" aria-rowindex={1} className="xp-dt-headrow" style={{ gridTemplateColumns: template }}>
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const canSort = header.column.getCanSort();
              const numeric = layoutOf(header.column.id).isNumeric === true;
              return (
                <div key={header.id} role="columnheader" aria-sort={canSort ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined} className={`xp-dt-th${numeric ? ' is-numeric' : ''}`}>
                  {canSort ? (
                    <button type="button" className={`xp-dt-sort${sorted ? ' is-sorted' : ''}`} onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="xp-dt-carets" aria-hidden>
                        <CaretUpFilled className={sorted === 'asc' ? 'is-on' : ''} />
                        <CaretDownFilled className={sorted === 'desc' ? 'is-on' : ''} />
                      </span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="xp-dt-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const key = keys?.[item.index];
            return (
              <GridRow
                key={item.key}
                rowId={`${gridId}-r${item.index}`}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                height={ROW_HEIGHT}
                template={template}
                row={key === undefined ? undefined : rowsById[key]}
                columnIds={columnIds}
                isActive={item.index === active}
                onActivate={activate}
                onOpen={openAt}
              />
            );
          })}
        </div>
      </div>
      {overlay}
    </div>
  );
}
