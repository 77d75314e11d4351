import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useBatch } from './use-batches';

export type Crumb = { readonly label: string; readonly to?: string };

export function useBreadcrumbs(): readonly Crumb[] {
  const { t } = useTranslation();
  const { batchId } = useParams();
  const batch = useBatch(batchId);
  const crumbs: Crumb[] = [{ label: t('nav.home'), to: '/' }, { label: t('nav.batches'), to: '/' }];
  if (batch) crumbs.push({ label: `${batch.associationName} ${batch.year} ${batch.title}`, to: `/batches/${batch.id}` });
  return crumbs;
}
