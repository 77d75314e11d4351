// The data a notice (公示), corrected notice or announcement (公告) is printed from. Field for field
// this is shared/documents' DocumentSnapshot, except that `association` here is what the batch
// knows (name and number); withAssociationProfile swaps in the association's full profile.
import { parseGradeLabel, gradeRank, type GradeScale } from '../grade-scale';
import type { Batch, EvaluationType, IsoDate } from '../model';
import type { NoticePeriod } from '../notice-period';
import type { ReleaseEntry } from './types';

export type SnapshotRow = {
  readonly name: string;
  /** Published label, e.g. "AAA", "A+", "AAA★". */
  readonly grade: string;
  readonly creditCode?: string;
  readonly certificateNumber?: string;
};

export type SnapshotSection = { readonly evaluationType: EvaluationType; readonly rows: readonly SnapshotRow[] };

export type SnapshotAssociation = { readonly name: string };

export type SnapshotWindow = { readonly start: IsoDate; readonly end: IsoDate; readonly days: number };

export type LifecycleSnapshot = {
  readonly association: SnapshotAssociation;
  /** "2015年第三批" */
  readonly batchTitle: string;
  readonly issuedOn: IsoDate;
  readonly noticePeriod: SnapshotWindow;
  /** One section per evaluation type that lists anyone, in the batch's order. */
  readonly results: readonly SnapshotSection[];
  /** Announcements only: objections received in the notice period, and how many were upheld. */
  readonly objections?: { readonly received: number; readonly upheld: number };
};

/** The snapshot with the association's full profile (contacts, platforms) from the documents side. */
export function withAssociationProfile<P extends SnapshotAssociation>(snapshot: LifecycleSnapshot, profile: P): Omit<LifecycleSnapshot, 'association'> & { readonly association: P } {
  return { ...snapshot, association: profile };
}

/** A dossier as it will be listed. */
export type ListedDossier = ReleaseEntry & {
  readonly creditCode: string;
  /** Made-up code in sample data: never printed. */
  readonly isSampleCode?: boolean;
};

export type SnapshotInput = {
  readonly batch: Pick<Batch, 'title' | 'associationName' | 'evaluationTypes'>;
  readonly period: NoticePeriod;
  readonly issuedOn: IsoDate;
  readonly listed: readonly ListedDossier[];
  readonly scale: GradeScale;
  /** Print 统一社会信用代码 (default true); sample codes are never printed. */
  readonly isCreditCodeShown?: boolean;
  readonly objections?: { readonly received: number; readonly upheld: number };
};

const MODIFIER_ORDER: Readonly<Record<string, number>> = { '+': 0, '': 1 };

/** Best grade first: base rank, then A+ before A before A-, then badges (AAA★ before AAA). */
export function gradeSortKey(scale: GradeScale, label: string): readonly number[] {
  const parsed = parseGradeLabel(label, scale);
  if (!parsed.ok) return [Number.MAX_SAFE_INTEGER, 0, 0];
  return [gradeRank(scale, parsed.value.base), MODIFIER_ORDER[parsed.value.modifier ?? ''] ?? 2, -parsed.value.badges.length];
}

function compareListed(scale: GradeScale): (a: ListedDossier, b: ListedDossier) => number {
  return (a, b) => {
    const ka = gradeSortKey(scale, a.grade);
    const kb = gradeSortKey(scale, b.grade);
    for (let i = 0; i < ka.length; i += 1) {
      const d = (ka[i] ?? 0) - (kb[i] ?? 0);
      if (d !== 0) return d;
    }
    // code-unit order, then id: the same inputs always print in the same order
    return a.name < b.name ? -1 : a.name > b.name ? 1 : a.dossierId < b.dossierId ? -1 : 1;
  };
}

const CODE = /^[0-9A-Z]{18}$/;

/** Builds the snapshot and the entries it lists, in print order: section by section, best grade first. */
export function buildSnapshot(input: SnapshotInput): { readonly snapshot: LifecycleSnapshot; readonly entries: readonly ReleaseEntry[] } {
  const sorted = [...input.listed].sort(compareListed(input.scale));
  const isShown = input.isCreditCodeShown ?? true;
  const sections = input.batch.evaluationTypes.map((evaluationType) => sorted.filter((d) => d.evaluationType === evaluationType)).filter((listed) => listed.length > 0);
  const results = sections.map((listed): SnapshotSection => ({
    evaluationType: listed[0]?.evaluationType ?? 'enterprise',
    rows: listed.map((d) => ({
      name: d.name,
      grade: d.grade,
      ...(isShown && d.isSampleCode !== true && CODE.test(d.creditCode) ? { creditCode: d.creditCode } : {}),
      ...(d.certificateNumber ? { certificateNumber: d.certificateNumber } : {}),
    })),
  }));
  const { start, end, days } = input.period;
  const snapshot: LifecycleSnapshot = {
    association: { name: input.batch.associationName },
    batchTitle: input.batch.title,
    issuedOn: input.issuedOn,
    noticePeriod: { start, end, days },
    results,
    ...(input.objections ? { objections: input.objections } : {}),
  };
  const entries = sections.flat().map(({ dossierId, evaluationType, name, grade, certificateNumber }) => ({
    dossierId,
    evaluationType,
    name,
    grade,
    ...(certificateNumber ? { certificateNumber } : {}),
  }));
  return { snapshot, entries };
}
