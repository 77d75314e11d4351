import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { db } from '../../db';
import { useBatch } from './use-batches';

export type Crumb = { readonly label: string; readonly to?: string };

export function useBreadcrumbs(): readonly Crumb[] {
  const { t } = useTranslation();
  const { batchId, dossierId } = useParams();
  const batch = useBatch(batchId);
  const dossier = useLiveQuery(async () => (dossierId ? db.dossiers.get(dossierId) : undefined), [dossierId]);
  const crumbs: Crumb[] = [{ label: t('nav.home'), to: '/' }, { label: t('nav.batches'), to: '/' }];
  if (batch) crumbs.push({ label: `${batch.associationName} ${batch.year} ${batch.title}`, to: `/batches/${batch.id}` });
  if (batch && dossier) crumbs.push({ label: dossier.enterpriseName, to: `/batches/${batch.id}/dossiers/${dossier.id}` });
  return crumbs;
}
