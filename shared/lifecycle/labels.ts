// Wording shared by lifecycle errors: every message names the enterprise it is about.
import { userError, type ErrorLocation, type UserError } from '../errors';

export type Named = { readonly id: string; readonly enterpriseName: string };

/** The enterprise name, or the dossier id for a row whose enterprise was lost. */
export function nameOf(dossier: Named): string {
  return dossier.enterpriseName.trim() === '' ? dossier.id : dossier.enterpriseName;
}

/** An error about one dossier: its enterprise first, the dossier id as the location. */
export function dossierError(dossier: Named, code: string, zh: string, en: string, at: ErrorLocation = {}): UserError {
  return userError(code, `「${nameOf(dossier)}」${zh}`, `${nameOf(dossier)}: ${en}`, { ...at, path: dossier.id });
}

/** Re-words a domain error (e.g. a workflow guard) so it names the enterprise. */
export function aboutDossier(dossier: Named, error: UserError): UserError {
  return { ...error, zh: `「${nameOf(dossier)}」${error.zh}`, en: `${nameOf(dossier)}: ${error.en}`, at: { ...error.at, path: dossier.id } };
}

export const NAME_LIST_LIMIT = 10;

/** "甲公司、乙公司等 12 家" / "A, B and 10 more": a long list stays readable. */
export function nameList(names: readonly string[], limit: number = NAME_LIST_LIMIT): { readonly zh: string; readonly en: string } {
  const shown = names.slice(0, limit);
  const more = names.length - shown.length;
  return {
    zh: more > 0 ? `${shown.join('、')}等 ${names.length} 家` : shown.join('、'),
    en: more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', '),
  };
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** A reason is required: blank text is refused with the action named. */
export function reasonError(dossier: Named, action: { readonly zh: string; readonly en: string }): UserError {
  return dossierError(dossier, 'lifecycle.reason_required', `${action.zh}须写明原因`, `${action.en} needs a reason`, { field: 'reason' });
}
