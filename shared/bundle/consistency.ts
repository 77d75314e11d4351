// What the records of one bundle must agree on: one batch, references that resolve, files that
// are all accounted for, reviewer bundles holding only that reviewer's sheets, audit entries
// that match their own hashes.
import { auditHash } from '../audit';
import type { UserError } from '../errors';
import { errors, type Where } from './bundle-errors';
import { FILE_PREFIX, RECORD_ENTRIES, SYNCED_TABLES } from './format';
import type { Manifest } from './manifest';
import type { BundleRecords } from './record-schemas';

const MAX_PROBLEMS = 20;

export function recordProblems(manifest: Manifest, records: BundleRecords, file?: string): UserError[] {
  const problems: UserError[] = [];
  const add = (table: keyof typeof RECORD_ENTRIES, index: number, field: string, zh: string, en: string): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    const entry = RECORD_ENTRIES[table];
    const where: Where = { ...(file === undefined ? {} : { file }), entry, path: `[${index}].${field}` };
    problems.push(errors.inconsistent(`条目“${entry}”第 ${index + 1} 条（${field}）：${zh}`, `entry "${entry}" item ${index + 1} (${field}): ${en}`, where));
  };
  const batchId = manifest.batch.id;
  const ids = new Map<string, Set<string>>();
  for (const table of SYNCED_TABLES) {
    const seen = new Set<string>();
    records[table].forEach((r, i) => {
      if (seen.has(r.id)) add(table, i, 'id', `编号“${r.id}”重复`, `id "${r.id}" appears twice`);
      seen.add(r.id);
    });
    ids.set(table, seen);
  }
  records.batches.forEach((b, i) => {
    if (b.id !== batchId) add('batches', i, 'id', `批次与清单（${batchId}）不符`, `the batch differs from the manifest's (${batchId})`);
  });
  const enterpriseIds = new Set(records.enterprises.map((e) => e.id));
  const dossiers = new Map(records.dossiers.map((d) => [d.id, d]));
  records.dossiers.forEach((d, i) => {
    if (d.batchId !== batchId) add('dossiers', i, 'batchId', `档案不属于批次 ${batchId}`, `the dossier is not in batch ${batchId}`);
    if (!enterpriseIds.has(d.enterpriseId)) add('dossiers', i, 'enterpriseId', `数据包中没有企业“${d.enterpriseId}”`, `the bundle has no enterprise "${d.enterpriseId}"`);
  });
  const reviewerId = manifest.kind === 'reviewer' ? manifest.sender.reviewerId : undefined;
  records.scoreSheets.forEach((s, i) => {
    const dossier = dossiers.get(s.dossierId);
    if (!dossier) add('scoreSheets', i, 'dossierId', `数据包中没有档案“${s.dossierId}”`, `the bundle has no dossier "${s.dossierId}"`);
    if (reviewerId !== undefined && s.reviewerId !== reviewerId) {
      add('scoreSheets', i, 'reviewerId', `评审员数据包只能含本人（${reviewerId}）的评分表`, `a reviewer bundle may hold only ${reviewerId}'s own score sheets`);
    }
  });
  records.objections.forEach((o, i) => {
    if (o.batchId !== batchId) add('objections', i, 'batchId', `异议不属于批次 ${batchId}`, `the objection is not in batch ${batchId}`);
  });
  for (const table of ['screenings', 'assessments', 'noticeCorrections', 'certificates'] as const) {
    records[table].forEach((r, i) => {
      if (r.batchId !== batchId) add(table, i, 'batchId', `记录不属于批次 ${batchId}`, `the record is not in batch ${batchId}`);
      if (!dossiers.has(r.dossierId)) add(table, i, 'dossierId', `数据包中没有档案“${r.dossierId}”`, `the bundle has no dossier "${r.dossierId}"`);
    });
  }
  records.noticeReleases.forEach((r, i) => {
    if (r.batchId !== batchId) add('noticeReleases', i, 'batchId', `公示记录不属于批次 ${batchId}`, `the release is not in batch ${batchId}`);
  });
  const fileSizes = new Map(manifest.entries.filter((e) => e.name.startsWith(FILE_PREFIX)).map((e) => [e.sha256, e.size]));
  const used = new Set<string>();
  records.attachments.forEach((a, i) => {
    if (!dossiers.has(a.dossierId)) add('attachments', i, 'dossierId', `数据包中没有档案“${a.dossierId}”`, `the bundle has no dossier "${a.dossierId}"`);
    const size = fileSizes.get(a.sha256);
    if (size === undefined) add('attachments', i, 'sha256', '附件内容不在数据包中', "the attachment's bytes are not in the bundle");
    else if (size !== a.size) add('attachments', i, 'size', `大小与文件不符（${size} 字节）`, `the size differs from the file's (${size} bytes)`);
    used.add(a.sha256);
  });
  records.documents.forEach((d, i) => {
    if (d.batchId !== batchId) add('documents', i, 'batchId', `文书不属于批次 ${batchId}`, `the document is not in batch ${batchId}`);
    if (!fileSizes.has(d.sha256)) add('documents', i, 'sha256', '文书内容不在数据包中', "the document's bytes are not in the bundle");
    used.add(d.sha256);
  });
  records.audit.forEach((entry, i) => {
    if (auditHash(entry) !== entry.hash) add('audit', i, 'hash', `审计记录第 ${entry.seq} 条与其哈希不符（被改动）`, `audit entry ${entry.seq} does not match its hash (it was altered)`);
  });
  const lineageSeen = new Set<string>();
  records.lineage.forEach((l, i) => {
    const key = `${l.table}/${l.id}`;
    if (lineageSeen.has(key)) add('lineage', i, 'id', `“${key}”重复`, `"${key}" appears twice`);
    lineageSeen.add(key);
    if (!ids.get(l.table)?.has(l.id)) add('lineage', i, 'id', `数据包中没有记录“${key}”`, `the bundle has no record "${key}"`);
  });
  for (const sha of fileSizes.keys()) {
    if (problems.length >= MAX_PROBLEMS) break;
    if (!used.has(sha)) {
      const entry = `${FILE_PREFIX}${sha}`;
      problems.push(errors.inconsistent(`文件“${entry}”没有对应的附件或文书`, `file "${entry}" belongs to no attachment or document`, { ...(file === undefined ? {} : { file }), entry }));
    }
  }
  return problems;
}
