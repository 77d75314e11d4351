import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, type SelectProps } from 'antd';
import { memo, useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
  // Stable handlers over the latest filters: a click re-renders only the Select whose value changed.
  const latest = useRef(filters);
  useLayoutEffect(() => {
    latest.current = filters;
  });
  const set = useCallback((patch: Partial<TableFilters>): void => onFilters(patchFilters(latest.current, patch)), [onFilters]);
  const onSearch = useCallback((search: string) => set({ search }), [set]);
  const onState = useCallback((state: DossierState | null | undefined) => set({ state: state ?? undefined }), [set]);
  const onGrade = useCallback((grade: string | null | undefined) => set({ grade: grade ?? undefined }), [set]);
  const onRegion = useCallback((region: string | null | undefined) => set({ region: region ?? undefined }), [set]);
  const stateOptions = useMemo(() => STATES.map((state) => ({ value: state, label: stateLabel(state) })), [stateLabel]);
  const gradeOptions = useMemo(() => grades.map((g) => ({ value: g.name, label: g.name, hint: g.hint })), [grades]);
  const regionOptions = useMemo(() => regions.map((region) => ({ value: region, label: region === '' ? t('none') : region })), [regions, t]);
  // The same element as last render when its inputs are the same: React skips it entirely.
  const stateSelect = useMemo(
    () => (
      <Select<DossierState>
        aria-label={t('filterState')}
        placeholder={t('allStates')}
        allowClear
        value={filters.state ?? null}
        onChange={onState}
        options={stateOptions}
        virtual={false}
        style={STATE_STYLE}
      />
    ),
    [t, filters.state, onState, stateOptions],
  );
  const gradeSelect = useMemo(
    () => (
      <Select<string>
        aria-label={t('filterGrade')}
        placeholder={t('allGrades')}
        allowClear
        value={filters.grade ?? null}
        onChange={onGrade}
        options={gradeOptions}
        optionRender={renderGradeOption}
        popupMatchSelectWidth={220}
        virtual={false}
        style={GRADE_STYLE}
      />
    ),
    [t, filters.grade, onGrade, gradeOptions],
  );
  const regionSelect = useMemo(
    () => (
      <Select<string>
        aria-label={t('filterRegion')}
        placeholder={t('allRegions')}
        allowClear
        showSearch
        value={filters.region ?? null}
        onChange={onRegion}
        options={regionOptions}
        popupMatchSelectWidth={200}
        virtual={false}
        style={REGION_STYLE}
      />
    ),
    [t, filters.region, onRegion, regionOptions],
  );
  return (
    <Space wrap size={8}>
      <SearchBox value={filters.search} onSearch={onSearch} />
      {stateSelect}
      {gradeSelect}
      {regionSelect}
      {hasFilters(filters) ? (
        <Button type="link" icon={<ClearOutlined />} onClick={() => onFilters({ search: '' })}>
          {t('reset')}
        </Button>
      ) : null}
    </Space>
  );
});

const STATE_STYLE = { width: 132 };
const GRADE_STYLE = { width: 120 };
const REGION_STYLE = { width: 156 };

const renderGradeOption: NonNullable<SelectProps<string>['optionRender']> = (option) => (
  <span className="xp-dt-option">
    <strong>{option.label}</strong>
    <span>{option.data.hint}</span>
  </span>
);

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
