import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierState } from '../../../shared/model';

// One colour per stage of the process, the same on every lifecycle page.
const COLORS: Readonly<Record<DossierState, string>> = {
  applied: 'default',
  returned: 'orange',
  screened: 'cyan',
  scoring: 'blue',
  initial_grade: 'geekblue',
  notice: 'purple',
  objection: 'volcano',
  final: 'green',
  archived: 'default',
};

export function StateTag({ state }: { readonly state: DossierState }): ReactNode {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]} style={{ marginInlineEnd: 0 }}>{t(`states.${state}`)}</Tag>;
}
