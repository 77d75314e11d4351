import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { db } from '../../db';
import { SIGNING } from '../signing/messages';
import { useBatch } from './use-batches';
import { batchFullTitle } from './batch-label';

export type Crumb = { readonly label: string; readonly to?: string };

export function useBreadcrumbs(): readonly Crumb[] {
  const { t } = useTranslation();
  const { t: tSigning } = useTranslation(SIGNING);
  const { pathname } = useLocation();
  const { batchId, dossierId } = useParams();
  const batch = useBatch(batchId);
  const dossier = useLiveQuery(async () => (dossierId ? db.dossiers.get(dossierId) : undefined), [dossierId]);
  // the signing screens stand beside the batches, not under them
  if (pathname === '/verify' || pathname === '/keys') return [{ label: t('nav.home'), to: '/' }, { label: tSigning(pathname === '/verify' ? 'nav.verify' : 'nav.keys') }];
  const crumbs: Crumb[] = [{ label: t('nav.home'), to: '/' }, { label: t('nav.batches'), to: '/' }];
  if (batch) crumbs.push({ label: batchFullTitle(batch), to: `/batches/${batch.id}` });
  if (batch && dossier) crumbs.push({ label: dossier.enterpriseName, to: `/batches/${batch.id}/dossiers/${dossier.id}` });
  return crumbs;
}
