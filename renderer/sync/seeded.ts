// The bundled sample batch is written by every workstation's first run, so its bundled version
// is a version both sides share: the base (and lineage parent) when no sync has recorded one yet.
// Without it, the first change to a sample record anywhere would conflict everywhere else.
import type { SyncedTable } from '../../shared/bundle/format';
import { sampleCaqi2015 } from '../../shared/resources';
import { recordHash } from './record-forms';

let hashes: ReadonlyMap<string, string> | undefined;

function seededHashes(): ReadonlyMap<string, string> {
  hashes ??= new Map([
    ...sampleCaqi2015.batches.map((r) => [`batches/${r.id}`, recordHash(r)] as const),
    ...sampleCaqi2015.enterprises.map((r) => [`enterprises/${r.id}`, recordHash(r)] as const),
    ...sampleCaqi2015.dossiers.map((r) => [`dossiers/${r.id}`, recordHash(r)] as const),
  ]);
  return hashes;
}

/** The hash of the bundled version of a sample record; undefined for every other record. */
export function seededBase(table: SyncedTable, id: string): string | undefined {
  return seededHashes().get(`${table}/${id}`);
}
