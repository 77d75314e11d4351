import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistHash, parseChecklist, type Checklist } from '../../../shared/checklist';
import { checklistScaleErrors, parseGradeScale, type GradeScale } from '../../../shared/grade-scale';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import { SCORING } from './messages';

export type ScoringResources =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly list: Checklist; readonly scale: GradeScale; readonly hash: string };

/** The batch's checklist and grade scale, parsed (stored rows are data: they are checked, not trusted). */
export function useScoringResources(batch: Batch): ScoringResources {
  const { t, i18n } = useTranslation(SCORING);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const listRow = useLiveQuery(async () => (await db.checklists.get(batch.checklistId)) ?? null, [batch.checklistId]);
  const scaleRow = useLiveQuery(async () => (await db.gradeScales.get(batch.gradeScaleId)) ?? null, [batch.gradeScaleId]);
  return useMemo((): ScoringResources => {
    if (listRow === undefined || scaleRow === undefined) return { kind: 'loading' };
    if (listRow === null) return { kind: 'failed', message: t('checklistMissing', { id: batch.checklistId }) };
    if (scaleRow === null) return { kind: 'failed', message: t('scaleMissing', { id: batch.gradeScaleId }) };
    const list = parseChecklist(listRow, batch.checklistId);
    if (!list.ok) return { kind: 'failed', message: t('resourceInvalid', { id: batch.checklistId, problem: list.error[0]?.[lang] ?? '' }) };
    const scale = parseGradeScale(scaleRow, batch.gradeScaleId);
    if (!scale.ok) return { kind: 'failed', message: t('resourceInvalid', { id: batch.gradeScaleId, problem: scale.error[0]?.[lang] ?? '' }) };
    const [mismatch] = checklistScaleErrors(scale.value, list.value.vetoItems);
    if (mismatch) return { kind: 'failed', message: t('resourceInvalid', { id: batch.checklistId, problem: mismatch[lang] }) };
    return { kind: 'ready', list: list.value, scale: scale.value, hash: checklistHash(list.value) };
  }, [listRow, scaleRow, batch.checklistId, batch.gradeScaleId, t, lang]);
}
