import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type ReactNode } from 'react';
import type { DossierRow } from '../../db/rows';
import { layoutOf, type tableFeaturesUsed } from './columns';

type Props = {
  readonly rowId: string;
  /** Position in the answer (0-based); aria-rowindex counts the header row too. */
  readonly index: number;
  readonly top: number;
  readonly height: number;
  readonly template: string;
  /** undefined while its row is being read: a skeleton of the visible columns. */
  readonly row: Row<typeof tableFeaturesUsed, DossierRow> | undefined;
  readonly columnIds: readonly string[];
  readonly isActive: boolean;
  readonly onActivate: (index: number) => void;
  readonly onOpen: (index: number) => void;
};

/** One grid row; memoised, so a loading flag or a new sort does not re-render unchanged rows. */
export const GridRow = memo(function GridRow({ rowId, index, top, height, template, row, columnIds, isActive, onActivate, onOpen }: Props): ReactNode {
  return (
    <div
      id={rowId}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isActive}
      className={`xp-dt-row${isActive ? ' is-active' : ''}${row ? '' : ' is-placeholder'}`}
      style={{ gridTemplateColumns: template, height, transform: `translateY(${top}px)` }}
      onClick={() => onActivate(index)}
      onDoubleClick={() => onOpen(index)}
    >
      {row
        ? row.getVisibleCells().map((cell) => (
            <div key={cell.id} role="gridcell" className={`xp-dt-td${layoutOf(cell.column.id).isNumeric ? ' is-numeric' : ''}`}>
              <FlexRender cell={cell} />
            </div>
          ))
        : columnIds.map((id) => (
            <div key={id} role="gridcell" className="xp-dt-td">
              <span className="xp-dt-skeleton" />
            </div>
          ))}
    </div>
  );
});
