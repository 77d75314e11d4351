// 初审: the office ticks the completeness checklist and passes the application or returns it
// with reasons; a returned application can be resubmitted. Every event is kept per dossier.
import { aboutDossier, dossierError } from '../../shared/lifecycle/labels';
import { checkScreening, defaultScreeningChecklist, missingItemsText, type ScreeningChecklist, type ScreeningInput } from '../../shared/lifecycle/screening';
import type { ScreeningRecord } from '../../shared/lifecycle/types';
import { OPERATIONS } from '../../shared/operations';
import type { DossierRow } from '../db/rows';
import type { XinpingDb } from '../db/schema';
import { write, type Actor, type WriteScope } from '../db/write';
import { clockOf, fail, loadDossier, moved, putDossier, type Clock, type LifecycleOptions } from './context';

export type ScreeningOptions = LifecycleOptions & {
  /** Default: resources/defaults/screening.json. */
  readonly checklist?: ScreeningChecklist;
};

export type PassInput = ScreeningInput & { readonly note?: string };
export type ReturnInput = ScreeningInput & { readonly reasons: readonly string[] };

/** 初审通过: every required item present; the dossier moves 申报 → 初审通过. */
export function passScreening(db: XinpingDb, actor: Actor, dossierId: string, input: PassInput, options: ScreeningOptions = {}): Promise<ScreeningRecord> {
  const clock = clockOf(options);
  const list = options.checklist ?? defaultScreeningChecklist;
  return write(db, actor, OPERATIONS.screenDossier, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    const check = checkScreening(list, row.evaluationType, input);
    if (!check.ok) fail(aboutDossier(row, check.error));
    const missing = missingItemsText(check.value);
    if (missing) fail(dossierError(row, 'screening.incomplete', `申报材料不齐全，不能通过初审（${missing.zh}）`, `the application is incomplete and cannot pass first review (${missing.en})`, { field: 'presentItemIds' }));
    const next = moved(row, 'screened', { isDocumentsComplete: true }, clock.at);
    const note = input.note?.trim();
    return record(scope, clock, actor, next, 'dossier.screen.pass', {
      outcome: 'passed', checklistId: list.id, items: check.value.items, missingItemIds: [], reasons: [], ...(note ? { note } : {}),
    });
  }, clock.write);
}

/** 初审退回: the reasons typed plus the missing items; the dossier moves 申报 → 初审退回. */
export function returnScreening(db: XinpingDb, actor: Actor, dossierId: string, input: ReturnInput, options: ScreeningOptions = {}): Promise<ScreeningRecord> {
  const clock = clockOf(options);
  const list = options.checklist ?? defaultScreeningChecklist;
  return write(db, actor, OPERATIONS.screenDossier, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    const check = checkScreening(list, row.evaluationType, input);
    if (!check.ok) fail(aboutDossier(row, check.error));
    const typed = input.reasons.map((r) => r.trim()).filter((r) => r !== '');
    const missing = missingItemsText(check.value);
    const reasons = missing ? [missing.zh, ...typed] : typed;
    const next = moved(row, 'returned', { returnReason: reasons.join('；') }, clock.at);
    return record(scope, clock, actor, next, 'dossier.screen.return', {
      outcome: 'returned', checklistId: list.id, items: check.value.items, missingItemIds: check.value.missingItemIds, reasons,
    });
  }, clock.write);
}

/** 重新申报: the enterprise sent the application again; the dossier moves 初审退回 → 申报. */
export function resubmitDossier(db: XinpingDb, actor: Actor, dossierId: string, input: { readonly note?: string } = {}, options: LifecycleOptions = {}): Promise<ScreeningRecord> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.resubmitDossier, async (scope) => {
    const row = await loadDossier(scope.db, dossierId);
    const next = moved(row, 'applied', {}, clock.at);
    const last = (await history(scope.db, dossierId)).at(-1);
    const note = input.note?.trim();
    return record(scope, clock, actor, next, 'dossier.resubmit', {
      outcome: 'resubmitted', checklistId: last?.checklistId ?? defaultScreeningChecklist.id, items: [], missingItemIds: [], reasons: [], ...(note ? { note } : {}),
    });
  }, clock.write);
}

/** The dossier's first-review events, oldest first: passes, returns with reasons, resubmissions. */
export function screeningHistory(db: XinpingDb, dossierId: string): Promise<ScreeningRecord[]> {
  return history(db, dossierId);
}

async function history(db: XinpingDb, dossierId: string): Promise<ScreeningRecord[]> {
  const rows = await db.screenings.where('dossierId').equals(dossierId).toArray();
  return rows.sort((a, b) => a.round - b.round);
}

type EventBody = Omit<ScreeningRecord, 'id' | 'dossierId' | 'batchId' | 'round' | 'by' | 'at'>;

async function record(scope: WriteScope, clock: Clock, actor: Actor, next: DossierRow, action: string, body: EventBody): Promise<ScreeningRecord> {
  const round = (await scope.db.screenings.where('dossierId').equals(next.id).count()) + 1;
  const event: ScreeningRecord = { id: crypto.randomUUID(), dossierId: next.id, batchId: next.batchId, round, ...body, ...clock.stamp(actor) };
  await putDossier(scope, next, action);
  await scope.add('screenings', event, action);
  return event;
}
