// Document templates: the words of a notice, announcement, result table or letter, kept as data
// in resources/templates/*.json so staff can edit them. `{name}` placeholders are filled from the
// snapshot; an unknown placeholder is an error that names the template field, never blank text.
import { z } from 'zod';
import { err, ok, userError, type Result, type UserError } from '../errors';
import type { DocumentKind } from '../model';
import { zodIssuesToUserErrors } from '../zod-errors';

export type TemplateParagraph = string | { readonly text: string; readonly when: string };

export type TablesTemplate = {
  /** "附件：…" line before the tables, when they are an attachment. */
  readonly label?: string;
  readonly title: string;
  readonly sectionCaption: string;
  readonly density: 'standard' | 'dense';
  /** Side-by-side 序号/企业名称/级别 groups per page; "auto" uses 2 when every name fits. */
  readonly columnGroups: 1 | 2 | 'auto';
  readonly isNewPage: boolean;
};

export type ContactTemplate = {
  readonly heading: string;
  readonly people: string;
  readonly phones: string;
  readonly faxes: string;
  readonly address: string;
  readonly email: string;
};

export type DocumentTemplate = {
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly title: string;
  readonly salutation?: string;
  readonly paragraphs: readonly TemplateParagraph[];
  readonly contact?: ContactTemplate;
  readonly tables?: TablesTemplate;
  readonly objectionSummary?: { readonly none: string; readonly some: string };
  /** Constants staff may change, e.g. validityYears. */
  readonly values: Readonly<Record<string, string | number>>;
};

const text = z.string().min(1);

export const documentTemplateSchema = z.strictObject({
  kind: z.enum(['notice', 'announcement', 'result_table', 'result_letter']),
  fileName: text,
  title: text,
  salutation: text.optional(),
  paragraphs: z.array(z.union([text, z.strictObject({ text, when: text })])),
  contact: z.strictObject({ heading: text, people: text, phones: text, faxes: text, address: text, email: text }).optional(),
  tables: z
    .strictObject({
      label: text.optional(),
      title: text,
      sectionCaption: text,
      density: z.enum(['standard', 'dense']),
      columnGroups: z.union([z.literal(1), z.literal(2), z.literal('auto')]),
      isNewPage: z.boolean(),
    })
    .optional(),
  objectionSummary: z.strictObject({ none: text, some: text }).optional(),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
}) satisfies z.ZodType<DocumentTemplate>;

export function parseTemplate(input: unknown, file?: string): Result<DocumentTemplate, readonly UserError[]> {
  const parsed = documentTemplateSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'template.invalid', file));
}

export type PlaceholderValues = Readonly<Record<string, string | number | undefined>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Fill `{name}` placeholders; `path` names the template field for the error (e.g. "notice.paragraphs[2]"). */
export function fillPlaceholders(template: string, values: PlaceholderValues, path: string): Result<string> {
  let problem: UserError | null = null;
  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value !== undefined) return String(value);
    problem ??= userError(
      'template.unknown_placeholder',
      `模板 ${path} 中的占位符 {${name}} 没有对应的数据`,
      `placeholder {${name}} in template ${path} has no value`,
      { path },
    );
    return whole;
  });
  return problem ? err(problem) : ok(filled);
}

/** Paragraphs whose `when` value is present, in order, with their template paths. */
export function activeParagraphs(template: DocumentTemplate, values: PlaceholderValues): { text: string; path: string }[] {
  const out: { text: string; path: string }[] = [];
  template.paragraphs.forEach((p, i) => {
    const path = `${template.kind}.paragraphs[${i}]`;
    if (typeof p === 'string') out.push({ text: p, path });
    else if (values[p.when] !== undefined && values[p.when] !== '') out.push({ text: p.text, path });
  });
  return out;
}
