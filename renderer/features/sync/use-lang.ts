import { useTranslation } from 'react-i18next';
import { SYNC_NS } from './messages';

/** The sync namespace's t() and which side of a {zh, en} pair to show. */
export function useSyncWords(): { t: ReturnType<typeof useTranslation>['t']; lang: 'zh' | 'en' } {
  const { t, i18n } = useTranslation(SYNC_NS);
  return { t, lang: i18n.language === 'en' ? 'en' : 'zh' };
}
