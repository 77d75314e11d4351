import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierState } from '../../../shared/model';

export function useStateLabel(): (state: DossierState) => string {
  const { t } = useTranslation();
  // Stable per language, so column definitions built from it are not rebuilt on every render.
  return useCallback((state) => t(`states.${state}`), [t]);
}
