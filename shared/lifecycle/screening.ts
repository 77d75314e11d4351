// First review (信评办初审): a completeness checklist of the documents an application must carry.
// The list is data (resources/defaults/screening.json); an item may apply to one evaluation type only.
import { z } from 'zod';
import screeningJson from '../../resources/defaults/screening.json' with { type: 'json' };
import { err, ok, userError, XinpingError, type Result, type UserError } from '../errors';
import type { EvaluationType, Id } from '../model';
import { zodIssuesToUserErrors } from '../zod-errors';
import type { ScreeningItemCheck } from './types';

const text = z.string().trim().min(1);

const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符 / an id uses lower-case letters, digits and "-"'),
  name: text,
  nameEn: text,
  isRequired: z.boolean(),
  /** Absent: every evaluation type. */
  appliesTo: z.array(z.enum(['enterprise', 'quality'])).min(1).optional(),
});

export const screeningChecklistSchema = z
  .strictObject({ id: text, name: text, nameEn: text, items: z.array(itemSchema).min(1) })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `材料“${item.id}”重复 / duplicate item "${item.id}"` });
      seen.add(item.id);
    });
  });

export type ScreeningChecklist = z.output<typeof screeningChecklistSchema>;
export type ScreeningItem = ScreeningChecklist['items'][number];

export function parseScreeningChecklist(input: unknown, file?: string): Result<ScreeningChecklist, readonly UserError[]> {
  const parsed = screeningChecklistSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'screening.invalid', file));
}

function loadDefault(): ScreeningChecklist {
  const parsed = parseScreeningChecklist(screeningJson, 'screening.json');
  if (parsed.ok) return parsed.value;
  const first = parsed.error[0];
  throw new XinpingError(userError('resources.invalid', `内置资源 resources/defaults/screening.json 有误：${first?.zh ?? ''}`, `bundled resource resources/defaults/screening.json is invalid: ${first?.en ?? ''}`, { file: 'resources/defaults/screening.json' }));
}

export const defaultScreeningChecklist: ScreeningChecklist = loadDefault();

/** The items that apply to a dossier of this evaluation type, in checklist order. */
export function screeningItemsFor(list: ScreeningChecklist, evaluationType: EvaluationType): readonly ScreeningItem[] {
  return list.items.filter((item) => item.appliesTo === undefined || item.appliesTo.includes(evaluationType));
}

export type ScreeningInput = {
  /** Items the reviewer ticked as present. */
  readonly presentItemIds: readonly string[];
  /** Optional: the attachments that show each item. */
  readonly attachments?: Readonly<Record<string, readonly Id[]>>;
};

export type ScreeningCheck = {
  readonly items: readonly ScreeningItemCheck[];
  readonly missingItemIds: readonly string[];
  readonly isComplete: boolean;
};

/** Ticks the checklist; an id the checklist does not have (for this type) is an error, not ignored. */
export function checkScreening(list: ScreeningChecklist, evaluationType: EvaluationType, input: ScreeningInput): Result<ScreeningCheck> {
  const items = screeningItemsFor(list, evaluationType);
  const known = new Set(items.map((i) => i.id));
  const unknown = [...input.presentItemIds, ...Object.keys(input.attachments ?? {})].find((id) => !known.has(id));
  if (unknown !== undefined) {
    return err(userError('screening.unknown_item', `材料“${unknown}”不在初审清单 ${list.id} 中`, `"${unknown}" is not an item of first-review checklist ${list.id}`, { field: 'presentItemIds' }));
  }
  const present = new Set(input.presentItemIds);
  const checks = items.map((item) => ({
    id: item.id,
    name: item.name,
    nameEn: item.nameEn,
    isRequired: item.isRequired,
    isPresent: present.has(item.id),
    attachmentIds: [...(input.attachments?.[item.id] ?? [])],
  }));
  const missingItemIds = checks.filter((c) => c.isRequired && !c.isPresent).map((c) => c.id);
  return ok({ items: checks, missingItemIds, isComplete: missingItemIds.length === 0 });
}

/** "缺少：营业执照副本、信用承诺书" — the missing documents as a return reason. */
export function missingItemsText(check: ScreeningCheck): { readonly zh: string; readonly en: string } | null {
  const missing = check.items.filter((i) => check.missingItemIds.includes(i.id));
  if (missing.length === 0) return null;
  return { zh: `缺少：${missing.map((i) => i.name).join('、')}`, en: `missing: ${missing.map((i) => i.nameEn).join(', ')}` };
}
