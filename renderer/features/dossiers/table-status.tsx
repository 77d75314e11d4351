import { LoadingOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DOSSIERS } from './messages';
import { hasFilters, type TableView } from './table-query';

type Props = {
  readonly view: TableView;
  readonly total: number | undefined;
  readonly batchTotal: number | undefined;
  readonly isLoading: boolean;
};

/** The row count line above the grid: how many match, of how many, in which order. */
export function TableStatus({ view, total, batchTotal, isLoading }: Props): ReactNode {
  const { t, i18n } = useTranslation(DOSSIERS);
  const format = (n: number): string => n.toLocaleString(i18n.language === 'en' ? 'en-US' : 'zh-CN');
  const count =
    total === undefined
      ? t('counting')
      : hasFilters(view.filters) && batchTotal !== undefined
        ? t('filtered', { count: format(total), total: format(batchTotal) })
        : t('total', { count: format(batchTotal ?? total) });
  const sortedBy = t('sortedBy', { column: t(`columns.${view.sort.field}`), dir: view.sort.dir === 'asc' ? t('sortAsc') : t('sortDesc') });
  return (
    <div className="xp-dt-status">
      <span role="status" aria-live="polite" className="xp-dt-count">
        {count}
        <span className="xp-dt-muted"> · {sortedBy}</span>
        {isLoading ? (
          <span className="xp-dt-muted xp-dt-loading">
            <LoadingOutlined /> {t('loading')}
          </span>
        ) : null}
      </span>
      <span className="xp-dt-muted xp-dt-hint">{t('keyboardHint')}</span>
    </div>
  );
}
