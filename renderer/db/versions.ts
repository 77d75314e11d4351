import type { Dexie, Transaction } from 'dexie';
import { chainEntries, GENESIS_HEAD, type AuditDraft } from '../../shared/audit';
import type { AuditEntry, Dossier, Enterprise } from '../../shared/model';
import type { DossierRow } from './rows';

// The schema as a history. Never edit a released version: add the next one. Each spec lists
// only the tables it adds or changes (Dexie carries the rest forward); `null` drops a table.
// Upgrades read and write through `tx` only, and use no domain code that may change later (a
// migration must mean the same thing in every future build); the audit hash is a stored format.

export type VersionSpec = {
  readonly version: number;
  readonly why: string;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
};

const BATCH_RANGE_INDEXES =
  '[batchId+state], [batchId+grade], [batchId+region], [batchId+score], [batchId+enterpriseName], [batchId+creditCode], [batchId+updatedAt]';

export const versions: readonly VersionSpec[] = [
  {
    version: 1,
    why: 'Initial shape: the records of one evaluation, dossiers found by batch and state.',
    stores: {
      enterprises: 'id, creditCode, name',
      batches: 'id, createdAt, status',
      dossiers: 'id, batchId, enterpriseId, [batchId+state]',
      checklists: 'id',
      gradeScales: 'id',
      scoreSheets: 'id, dossierId',
      objections: 'id, batchId, dossierId',
      documents: 'id, batchId',
      attachments: 'id, dossierId',
      audit: 'seq',
      settings: 'key',
    },
  },
  {
    version: 2,
    why: 'Sort, filter and search 100,000 dossiers from indexes: denormalise enterprise fields onto dossiers.',
    stores: {
      dossiers: `id, batchId, enterpriseId, ${BATCH_RANGE_INDEXES}`,
      scoreSheets: 'id, dossierId, [dossierId+reviewerId]',
    },
    upgrade: fillDossierEnterpriseFields,
  },
  {
    version: 3,
    why: 'Signing keys, saved table views and the sync outbox; audit trail per record; normalised credit codes.',
    stores: {
      keys: 'id, createdAt',
      savedViews: 'id, batchId',
      outbox: 'id, batchId, nextAttemptAt',
      audit: 'seq, [entity+entityId]',
    },
    upgrade: normaliseCreditCodes,
  },
  {
    version: 4,
    why: 'The evaluation lifecycle: first-review history, assessments, notice releases and corrections, certificates with serial counters, role profiles; reviewer queues and audit filters from indexes.',
    stores: {
      dossiers: `id, batchId, enterpriseId, *reviewerIds, ${BATCH_RANGE_INDEXES}`,
      audit: 'seq, [entity+entityId], actor, action, at',
      screenings: 'id, dossierId, batchId',
      assessments: 'dossierId, batchId',
      noticeReleases: 'id, batchId, &[batchId+revision]',
      noticeCorrections: 'id, batchId, dossierId',
      certificates: 'id, dossierId, batchId, number, &[year+associationNumber+serial]',
      certificateCounters: 'id',
      profiles: 'id, role',
    },
  },
];

export const LATEST_VERSION = Math.max(...versions.map((v) => v.version));

/** Declares versions 1..upTo on db (tests open old shapes with a smaller upTo). */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const spec of versions) {
    if (spec.version > upTo) break;
    const declared = db.version(spec.version).stores({ ...spec.stores });
    if (spec.upgrade) declared.upgrade(spec.upgrade);
  }
}

async function fillDossierEnterpriseFields(tx: Transaction): Promise<void> {
  const enterprises = new Map<string, Enterprise>();
  await tx.table<Enterprise, string>('enterprises').each((e) => enterprises.set(e.id, e));
  await tx
    .table<Dossier & Partial<DossierRow>, string>('dossiers')
    .toCollection()
    .modify((row) => {
      const enterprise = enterprises.get(row.enterpriseId);
      // Empty strings, not undefined: a row missing a compound-index part drops out of that index.
      Object.assign(row, {
        enterpriseName: enterprise?.name ?? '',
        creditCode: enterprise?.creditCode ?? '',
        region: enterprise?.region ?? '',
        industry: enterprise?.industry ?? '',
      });
    });
}

/**
 * GB 32100-2015 codes are 18 upper-case ASCII characters; older imports kept what was typed.
 * A frozen copy of shared/credit-code.ts normaliseCreditCode as of v3, so this step never drifts.
 */
export function normaliseCodeV3(code: string): string {
  const halfWidth = code.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // Width, spacing, hyphens and ASCII case only: a wrong character (O for 0) is shown, never fixed.
  return halfWidth.replace(/\s/gu, '').replace(/[-\u2010-\u2015\u2212\uFE63]/gu, '').replace(/[a-z]/g, (c) => c.toUpperCase());
}

async function normaliseCreditCodes(tx: Transaction): Promise<void> {
  const drafts: AuditDraft[] = [];
  const at = new Date().toISOString();
  await tx
    .table<Enterprise, string>('enterprises')
    .toCollection()
    .modify((enterprise) => {
      const creditCode = normaliseCodeV3(enterprise.creditCode);
      if (creditCode === enterprise.creditCode) return;
      const before = { creditCode: enterprise.creditCode };
      Object.assign(enterprise, { creditCode });
      drafts.push({ at, actor: 'system', role: 'supervisor', action: 'migrate.v3.credit-code', entity: 'enterprises', entityId: enterprise.id, before, after: { creditCode } });
    });
  await tx
    .table<DossierRow, string>('dossiers')
    .toCollection()
    .modify((row) => {
      const creditCode = normaliseCodeV3(row.creditCode);
      if (creditCode !== row.creditCode) Object.assign(row, { creditCode });
    });
  if (drafts.length === 0) return;
  const audit = tx.table<AuditEntry, number>('audit');
  const last = await audit.toCollection().last();
  await audit.bulkAdd(chainEntries(last ? { seq: last.seq, hash: last.hash } : GENESIS_HEAD, drafts));
}
