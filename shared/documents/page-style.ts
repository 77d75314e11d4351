// Typography, page geometry and the fixed labels every document shares (resources/templates/page-style.json).
import { z } from 'zod';
import { err, ok, type Result, type UserError } from '../errors';
import type { EvaluationType } from '../model';
import { zodIssuesToUserErrors } from '../zod-errors';

export type ColumnKey = 'index' | 'name' | 'grade' | 'creditCode' | 'certificateNumber';

export type PageStyle = {
  /** Millimetres; A4 portrait. */
  readonly marginsMm: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly fontSize: {
    readonly title: number;
    readonly body: number;
    readonly table: number;
    readonly tableDense: number;
    readonly footer: number;
  };
  /** Multiples of the font's own line height. */
  readonly lineHeight: { readonly body: number };
  /** Vertical padding inside a table cell, points. */
  readonly cellPadding: { readonly standard: number; readonly dense: number };
  readonly pageNumber: string;
  readonly evaluationTypes: Readonly<Record<EvaluationType, string>>;
  readonly columns: Readonly<Record<ColumnKey, string>>;
  readonly seal: { readonly diameterMm: number; readonly color: string; readonly label: string };
  readonly producer: string;
};

const positive = z.number().positive();

export const pageStyleSchema = z.strictObject({
  marginsMm: z.strictObject({ top: positive, bottom: positive, left: positive, right: positive }),
  fontSize: z.strictObject({ title: positive, body: positive, table: positive, tableDense: positive, footer: positive }),
  lineHeight: z.strictObject({ body: z.number().min(1).max(3) }),
  cellPadding: z.strictObject({ standard: z.number().min(0), dense: z.number().min(0) }),
  pageNumber: z.string().min(1),
  evaluationTypes: z.strictObject({ enterprise: z.string().min(1), quality: z.string().min(1) }),
  columns: z.strictObject({
    index: z.string().min(1),
    name: z.string().min(1),
    grade: z.string().min(1),
    creditCode: z.string().min(1),
    certificateNumber: z.string().min(1),
  }),
  seal: z.strictObject({ diameterMm: z.number().min(20).max(60), color: z.string().regex(/^#[0-9a-fA-F]{6}$/), label: z.string().min(1) }),
  producer: z.string().min(1),
}) satisfies z.ZodType<PageStyle>;

export function parsePageStyle(input: unknown, file?: string): Result<PageStyle, readonly UserError[]> {
  const parsed = pageStyleSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(zodIssuesToUserErrors(parsed.error, 'template.style_invalid', file));
}

export const MM_TO_PT = 72 / 25.4;
export const A4_PT = { width: 595.28, height: 841.89 } as const;
