import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { memo, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierState } from '../../../shared/model';
import { useStateLabel } from './state-label';
import { DOSSIERS } from './messages';
import { hasFilters, patchFilters, STATES, type TableFilters } from './table-query';

const SEARCH_PAUSE_MS = 250;

type Props = {
  readonly filters: TableFilters;
  readonly onFilters: (next: TableFilters) => void;
  readonly grades: readonly { readonly name: string; readonly hint: string }[];
  readonly regions: readonly string[];
};

/**
 * Search and filters; memoised, so scrolling the grid does not re-render four inputs. The option
 * lists are short: not virtualised, which spares a forced layout each time a list closes.
 */
export const FilterBar = memo(function FilterBar({ filters, onFilters, grades, regions }: Props): ReactNode {
  const { t } = useTranslation(DOSSIERS);
  const stateLabel = useStateLabel();
  const set = (patch: Partial<TableFilters>): void => onFilters(patchFilters(filters, patch));
  return (
    <Space wrap size={8}>
        <SearchBox value={filters.search} onSearch={(search) => set({ search })} />
        <Select<DossierState>
          aria-label={t('filterState')}
          placeholder={t('allStates')}
          allowClear
          value={filters.state ?? null}
          onChange={(state) => set({ state: state ?? undefined })}
          options={STATES.map((state) => ({ value: state, label: stateLabel(state) }))}
          virtual={false}
          style={{ width: 132 }}
        />
        <Select<string>
          aria-label={t('filterGrade')}
          placeholder={t('allGrades')}
          allowClear
          value={filters.grade ?? null}
          onChange={(grade) => set({ grade: grade ?? undefined })}
          options={grades.map((g) => ({ value: g.name, label: g.name, hint: g.hint }))}
          optionRender={(option) => (
            <span className="xp-dt-option">
              <strong>{option.label}</strong>
              <span>{option.data.hint}</span>
            </span>
          )}
          popupMatchSelectWidth={220}
          virtual={false}
          style={{ width: 120 }}
        />
        <Select<string>
          aria-label={t('filterRegion')}
          placeholder={t('allRegions')}
          allowClear
          showSearch
          value={filters.region ?? null}
          onChange={(region) => set({ region: region ?? undefined })}
          options={regions.map((region) => ({ value: region, label: region === '' ? t('none') : region }))}
          popupMatchSelectWidth={200}
          virtual={false}
          style={{ width: 156 }}
        />
        {hasFilters(filters) ? (
          <Button type="link" icon={<ClearOutlined />} onClick={() => onFilters({ search: '' })}>
            {t('reset')}
          </Button>
        ) : null}
    </Space>
  );
});

/** Searches after a typing pause or at once on Enter; never mid-way through an IME composition. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }): ReactNode {
  const { t } = useTranslation(DOSSIERS);
  const [text, setText] = useState(value);
  const [isComposing, setIsComposing] = useState(false);
  // A view applied or filters cleared elsewhere replace what was typed.
  const [outside, setOutside] = useState(value);
  if (outside !== value) {
    setOutside(value);
    if (text.trim() !== value) setText(value);
  }
  const searchNow = useEffectEvent((next: string) => onSearch(next));
  useEffect(() => {
    if (isComposing || text.trim() === value.trim()) return;
    const timer = setTimeout(() => searchNow(text.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, value, isComposing]);
  return (
    <Input
      aria-label={t('search')}
      placeholder={t('searchPlaceholder')}
      prefix={<SearchOutlined className="xp-dt-muted" />}
      allowClear
      value={text}
      onChange={(event) => setText(event.target.value)}
      onCompositionStart={() => setIsComposing(true)}
      onCompositionEnd={() => setIsComposing(false)}
      onPressEnter={() => !isComposing && onSearch(text.trim())}
      style={{ width: 320 }}
    />
  );
}
