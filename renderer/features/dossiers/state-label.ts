import { useTranslation } from 'react-i18next';
import type { DossierState } from '../../../shared/model';

export function useStateLabel(): (state: DossierState) => string {
  const { t } = useTranslation();
  return (state) => t(`states.${state}`);
}
