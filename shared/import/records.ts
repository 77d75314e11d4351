// Enterprise and dossier records for the accepted rows. The credit code is an enterprise's
// identity: a code already on file (from another batch) keeps its enterprise id, and the
// application's non-blank details update that record.
import type { CreditCodeOverride, Dossier, Enterprise, EvaluationType } from '../model';
import type { AcceptedRow } from './decide';

export type RecordContext = {
  readonly batchId: string;
  readonly evaluationType: EvaluationType;
  /** ISO instant stamped on the new dossiers. */
  readonly now: string;
  readonly newId: () => string;
  /** Enterprises already stored, by normalised credit code. */
  readonly known: ReadonlyMap<string, Enterprise>;
};

export type ImportRecords = {
  /** Enterprises not on file before. */
  readonly fresh: readonly Enterprise[];
  /** Enterprises on file whose details the application changes. */
  readonly changed: readonly Enterprise[];
  readonly dossiers: readonly Dossier[];
};

export function buildRecords(rows: readonly AcceptedRow[], ctx: RecordContext): ImportRecords {
  const fresh: Enterprise[] = [];
  const changed: Enterprise[] = [];
  const dossiers: Dossier[] = [];
  for (const { values, override } of rows) {
    const known = ctx.known.get(values.creditCode);
    const enterprise = known ? updated(known, values, override) : created(ctx.newId(), values, override);
    if (!known) fresh.push(enterprise);
    else if (enterprise !== known) changed.push(enterprise);
    dossiers.push({
      id: ctx.newId(),
      batchId: ctx.batchId,
      enterpriseId: enterprise.id,
      evaluationType: ctx.evaluationType,
      state: 'applied',
      reviewerIds: [],
      updatedAt: ctx.now,
    });
  }
  return { fresh, changed, dossiers };
}

type Values = AcceptedRow['values'];

function created(id: string, v: Values, override: CreditCodeOverride | undefined): Enterprise {
  return {
    id,
    name: v.name,
    creditCode: v.creditCode,
    region: v.region,
    industry: v.industry,
    ...(v.contactName ? { contactName: v.contactName } : {}),
    ...(v.contactPhone ? { contactPhone: v.contactPhone } : {}),
    ...(override ? { creditCodeOverride: override } : {}),
  };
}

/** The known record with the application's non-blank details; the same object if nothing differs. */
function updated(known: Enterprise, v: Values, override: CreditCodeOverride | undefined): Enterprise {
  const next: Enterprise = {
    ...known,
    name: v.name || known.name,
    region: v.region || known.region,
    industry: v.industry || known.industry,
    ...(v.contactName ? { contactName: v.contactName } : {}),
    ...(v.contactPhone ? { contactPhone: v.contactPhone } : {}),
    ...(override && !known.creditCodeOverride ? { creditCodeOverride: override } : {}),
  };
  const isSame = (Object.keys(next) as (keyof Enterprise)[]).every((key) => next[key] === known[key]);
  return isSame ? known : next;
}
