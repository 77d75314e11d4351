import { z } from 'zod';
import { parseGradeLabel, type GradeScale } from '../../../shared/grade-scale';
import type { DossierState } from '../../../shared/model';
import type { DossierSortField } from '../../db/queries';
import type { JsonValue } from '../../db/rows';

// What the table shows: sort, filters, search and hidden columns. Saved views store exactly
// this, so what a view restores is what the user saw.

export const COLUMN_IDS = ['enterpriseName', 'creditCode', 'region', 'industry', 'state', 'reviewers', 'score', 'grade'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export function isColumnId(id: string): id is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(id);
}

/** Columns sortable from a [batchId+field] index; industry and reviewers have none. */
export type SortField = Extract<DossierSortField, 'enterpriseName' | 'creditCode' | 'region' | 'state' | 'score' | 'grade'>;

export const SORTABLE: Readonly<Partial<Record<ColumnId, SortField>>> = {
  enterpriseName: 'enterpriseName',
  creditCode: 'creditCode',
  region: 'region',
  state: 'state',
  score: 'score',
  grade: 'grade',
};

export const STATES: readonly DossierState[] = ['applied', 'returned', 'screened', 'scoring', 'initial_grade', 'notice', 'objection', 'final', 'archived'];

export type TableSort = { readonly field: SortField; readonly dir: 'asc' | 'desc' };

export type TableFilters = {
  readonly state?: DossierState;
  /** A base grade of the batch's scale ("A" also finds "A+"), or a label the scale cannot read. */
  readonly grade?: string;
  readonly region?: string;
  /** Prefix of the enterprise name or credit code. */
  readonly search: string;
};

export type TableView = {
  readonly sort: TableSort;
  readonly filters: TableFilters;
  readonly hidden: readonly ColumnId[];
};

export const DEFAULT_VIEW: TableView = { sort: { field: 'enterpriseName', dir: 'asc' }, filters: { search: '' }, hidden: [] };

const sortFields = ['enterpriseName', 'creditCode', 'state', 'grade', 'region', 'score'] as const satisfies readonly SortField[];

// Saved views are read back from IndexedDB, possibly written by an older build: parse, never trust.
const viewSchema = z.object({
  sort: z.object({ field: z.enum(sortFields), dir: z.enum(['asc', 'desc']) }),
  filters: z.object({
    state: z.enum(STATES as [DossierState, ...DossierState[]]).optional(),
    grade: z.string().min(1).optional(),
    region: z.string().optional(),
    search: z.string().default(''),
  }),
  hidden: z.array(z.string()).transform((ids) => ids.filter(isColumnId)),
});

/** A stored view's state, or null when it is not one this build can show. */
export function parseView(state: JsonValue): TableView | null {
  const parsed = viewSchema.safeParse(state);
  if (!parsed.success) return null;
  const { filters } = parsed.data;
  return {
    sort: parsed.data.sort,
    hidden: parsed.data.hidden,
    filters: {
      search: filters.search,
      ...(filters.state === undefined ? {} : { state: filters.state }),
      ...(filters.grade === undefined ? {} : { grade: filters.grade }),
      ...(filters.region === undefined ? {} : { region: filters.region }),
    },
  };
}

/** The JSON stored for a view. */
export function viewToJson(view: TableView): JsonValue {
  const { state, grade, region, search } = view.filters;
  const filters: Record<string, JsonValue> = { search };
  if (state !== undefined) filters.state = state;
  if (grade !== undefined) filters.grade = grade;
  if (region !== undefined) filters.region = region;
  return { sort: { field: view.sort.field, dir: view.sort.dir }, filters, hidden: [...view.hidden] };
}

/** Filters with `patch` applied; a filter set to undefined is removed, not kept as undefined. */
export function patchFilters(filters: TableFilters, patch: Partial<TableFilters>): TableFilters {
  const merged = { ...filters, ...patch };
  return {
    search: merged.search,
    ...(merged.state === undefined ? {} : { state: merged.state }),
    ...(merged.grade === undefined ? {} : { grade: merged.grade }),
    ...(merged.region === undefined ? {} : { region: merged.region }),
  };
}

export function hasFilters(filters: TableFilters): boolean {
  return filters.state !== undefined || filters.grade !== undefined || filters.region !== undefined || filters.search.trim() !== '';
}

/** Grade labels present in the batch that count as `grade` on the scale ("A" → A, A+, A-, A★). */
export function labelsOfGrade(labels: readonly string[], grade: string, scale: GradeScale | undefined): string[] {
  if (scale === undefined) return labels.filter((label) => label === grade);
  return labels.filter((label) => {
    const parsed = parseGradeLabel(label, scale);
    return parsed.ok ? parsed.value.base === grade : label === grade;
  });
}
