import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { useLang } from '../review/action-errors';
import { ACTION_GROUPS, ACTION_LABELS, ENTITY_LABELS, labelOf } from './action-labels';
import { AUDIT } from './messages';

export type AuditFilterState = {
  readonly entity?: string;
  readonly actor?: string;
  readonly action?: string;
  readonly dates?: readonly [Dayjs, Dayjs];
};

/** The values that occur in the log (from its indexes), so every choice finds something. */
function useChoices(): { actors: string[]; actions: string[]; entities: string[] } {
  return (
    useLiveQuery(async () => {
      const [actors, actions, records] = await Promise.all([db.audit.orderBy('actor').uniqueKeys(), db.audit.orderBy('action').uniqueKeys(), db.audit.orderBy('[entity+entityId]').uniqueKeys()]);
      const entities = new Set(records.flatMap((key) => (Array.isArray(key) ? [String(key[0])] : [])));
      return { actors: actors.map(String), actions: actions.map(String), entities: [...entities].sort() };
    }, []) ?? { actors: [], actions: [], entities: [] }
  );
}

export function AuditFilters({ value, onChange }: { readonly value: AuditFilterState; readonly onChange: (next: AuditFilterState) => void }): ReactNode {
  const { t } = useTranslation(AUDIT);
  const lang = useLang();
  const choices = useChoices();
  const groups = Object.keys(ACTION_GROUPS).filter((g) => choices.actions.some((a) => a === g || a.startsWith(`${g}.`)));
  const set = (change: Partial<AuditFilterState>): void => onChange({ ...value, ...change });
  return (
    <Space wrap size="middle" role="search" aria-label={t('filters.label')}>
      <Select
        aria-label={t('filters.entity')}
        allowClear
        placeholder={t('filters.entity')}
        style={{ width: 160 }}
        value={value.entity}
        onChange={(entity?: string) => set({ entity })}
        options={choices.entities.map((e) => ({ value: e, label: labelOf(ENTITY_LABELS, e, lang) }))}
      />
      <Select aria-label={t('filters.actor')} allowClear showSearch placeholder={t('filters.actor')} style={{ width: 160 }} value={value.actor} onChange={(actor?: string) => set({ actor })} options={choices.actors.map((a) => ({ value: a, label: a }))} />
      <Select
        aria-label={t('filters.action')}
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('filters.action')}
        style={{ width: 220 }}
        value={value.action}
        onChange={(action?: string) => set({ action })}
        options={[
          { label: t('filters.action'), options: groups.map((g) => ({ value: g, label: labelOf(ACTION_GROUPS, g, lang) })) },
          { label: t('filters.all'), options: choices.actions.map((a) => ({ value: a, label: labelOf(ACTION_LABELS, a, lang) })) },
        ]}
      />
      <DatePicker.RangePicker
        aria-label={t('filters.dates')}
        placeholder={[t('filters.from'), t('filters.to')]}
        value={value.dates ? [value.dates[0], value.dates[1]] : null}
        onChange={(range) => set({ dates: range?.[0] && range[1] ? [range[0], range[1]] : undefined })}
      />
      <Button icon={<ClearOutlined />} onClick={() => onChange({})}>{t('filters.reset')}</Button>
    </Space>
  );
}
