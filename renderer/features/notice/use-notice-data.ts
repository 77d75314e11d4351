// What the 公示与终评 page reads live for a batch in or after notice.
import { useLiveQuery } from 'dexie-react-hooks';
import type { NoticeCorrection, NoticeRelease } from '../../../shared/lifecycle/types';
import type { DossierState, Objection } from '../../../shared/model';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { noticeReleases, objectionsFor, pendingCorrections } from '../../lifecycle';

export type NoticeData = {
  readonly releases: readonly NoticeRelease[];
  /** The latest 公示 or 更正公示: what the public has seen. */
  readonly latest: NoticeRelease | undefined;
  readonly pending: readonly NoticeCorrection[];
  readonly objections: readonly Objection[];
  readonly dossiers: ReadonlyMap<string, DossierRow>;
  readonly states: ReadonlyMap<string, DossierState>;
};

export function useNoticeData(batchId: string): NoticeData | undefined {
  return useLiveQuery(async () => {
    const [releases, pending, objections, rows] = await Promise.all([
      noticeReleases(db, batchId),
      pendingCorrections(db, batchId),
      objectionsFor(db, { batchId }),
      db.dossiers.where('batchId').equals(batchId).toArray(),
    ]);
    return {
      releases,
      latest: releases.filter((r) => r.kind !== 'announcement').at(-1),
      pending,
      objections,
      dossiers: new Map(rows.map((r) => [r.id, r])),
      states: new Map(rows.map((r) => [r.id, r.state])),
    };
  }, [batchId]);
}
