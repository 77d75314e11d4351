// The entries against the manifest (every one listed, every listed one present, sizes and
// SHA-256 equal), then the record tables through their schemas. Shared by the workstation's
// reader and the hub's commit, which holds the entries in its blob store instead of a zip.
import { strFromU8 } from 'fflate';
import { sha256HexAsync } from './webcrypto';
import { err, ok, type Result, type UserError } from '../errors';
import { errors } from './bundle-errors';
import { recordProblems } from './consistency';
import { MANIFEST_NAME, RECORD_ENTRIES, SIGNATURE_NAME, type RecordTableName } from './format';
import type { Manifest } from './manifest';
import { issuesIn, type Errors } from './parse-manifest';
import { RECORD_SCHEMAS, type BundleRecords } from './record-schemas';
import type { z } from 'zod';

const at = (file: string | undefined, entry: string): { file?: string; entry: string } => ({ ...(file === undefined ? {} : { file }), entry });

/** Compares the unpacked entries with the manifest; hashes every byte. */
export async function checkEntries(manifest: Manifest, entries: ReadonlyMap<string, Uint8Array>, file?: string): Promise<Result<true, Errors>> {
  const listed = new Map(manifest.entries.map((e) => [e.name, e]));
  for (const name of entries.keys()) {
    if (name !== MANIFEST_NAME && name !== SIGNATURE_NAME && !listed.has(name)) return err([errors.notInManifest(at(file, name))]);
  }
  for (const entry of manifest.entries) {
    const bytes = entries.get(entry.name);
    if (!bytes) return err([errors.missing(at(file, entry.name))]);
    if (bytes.length !== entry.size) return err([errors.sizeVsManifest(entry.size, bytes.length, at(file, entry.name))]);
  }
  const hashes = await Promise.all(manifest.entries.map((entry) => sha256HexAsync(entries.get(entry.name) ?? new Uint8Array())));
  const altered = manifest.entries.find((entry, i) => hashes[i] !== entry.sha256);
  return altered ? err([errors.hashMismatch(at(file, altered.name))]) : ok(true);
}

type Parsed<T> = { readonly value: T | undefined; readonly problems: readonly UserError[] };

function parseTable<S extends z.ZodType>(schema: S, table: RecordTableName, read: Reader, file: string | undefined): Parsed<z.output<S>> {
  const entry = RECORD_ENTRIES[table];
  const bytes = read(entry);
  if (!bytes) return { value: schema.parse([]), problems: [] };
  const where = at(file, entry);
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(bytes));
  } catch {
    return { value: undefined, problems: [errors.notJson(where)] };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { value: parsed.data, problems: [] } : { value: undefined, problems: issuesIn(parsed.error, 'bundle.records_invalid', where) };
}

type Reader = (name: string) => Uint8Array | undefined;

/** Parses each record table (entries already hash-checked) and checks they agree. */
export function parseRecords(manifest: Manifest, read: Reader, file?: string): Result<BundleRecords, Errors> {
  const s = RECORD_SCHEMAS;
  const t = {
    batches: parseTable(s.batches, 'batches', read, file),
    enterprises: parseTable(s.enterprises, 'enterprises', read, file),
    dossiers: parseTable(s.dossiers, 'dossiers', read, file),
    scoreSheets: parseTable(s.scoreSheets, 'scoreSheets', read, file),
    objections: parseTable(s.objections, 'objections', read, file),
    attachments: parseTable(s.attachments, 'attachments', read, file),
    documents: parseTable(s.documents, 'documents', read, file),
    checklists: parseTable(s.checklists, 'checklists', read, file),
    gradeScales: parseTable(s.gradeScales, 'gradeScales', read, file),
    screenings: parseTable(s.screenings, 'screenings', read, file),
    assessments: parseTable(s.assessments, 'assessments', read, file),
    noticeReleases: parseTable(s.noticeReleases, 'noticeReleases', read, file),
    noticeCorrections: parseTable(s.noticeCorrections, 'noticeCorrections', read, file),
    certificates: parseTable(s.certificates, 'certificates', read, file),
    audit: parseTable(s.audit, 'audit', read, file),
    lineage: parseTable(s.lineage, 'lineage', read, file),
  };
  const problems = Object.values(t).flatMap((p) => p.problems);
  if (problems.length > 0) return err(problems);
  const records: BundleRecords = {
    batches: t.batches.value ?? [],
    enterprises: t.enterprises.value ?? [],
    dossiers: t.dossiers.value ?? [],
    scoreSheets: t.scoreSheets.value ?? [],
    objections: t.objections.value ?? [],
    attachments: t.attachments.value ?? [],
    documents: t.documents.value ?? [],
    checklists: t.checklists.value ?? [],
    gradeScales: t.gradeScales.value ?? [],
    screenings: t.screenings.value ?? [],
    assessments: t.assessments.value ?? [],
    noticeReleases: t.noticeReleases.value ?? [],
    noticeCorrections: t.noticeCorrections.value ?? [],
    certificates: t.certificates.value ?? [],
    audit: t.audit.value ?? [],
    lineage: t.lineage.value ?? [],
  };
  const inconsistent = recordProblems(manifest, records, file);
  return inconsistent.length > 0 ? err(inconsistent) : ok(records);
}
