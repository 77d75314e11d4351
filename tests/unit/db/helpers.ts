import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { Batch, Dossier, DossierState, Enterprise } from '../../../shared/model';
import { XinpingDb } from '../../../renderer/db/schema';
import { declareVersions } from '../../../renderer/db/versions';
import type { Actor } from '../../../renderer/db/write';
import { newBatch } from '../../../shared/resources';

export const fakeIdb = { indexedDB, IDBKeyRange };

let counter = 0;

export function uniqueName(): string {
  counter += 1;
  return `xinping-test-${process.pid}-${counter}`;
}

/** A fresh database at the latest version, on fake-indexeddb. */
export function openTestDb(name: string = uniqueName()): XinpingDb {
  return new XinpingDb(name, fakeIdb);
}

/** A plain Dexie declaring only versions 1..upTo: the database as an older build left it. */
export async function openAtVersion(name: string, upTo: number): Promise<Dexie> {
  const old = new Dexie(name, fakeIdb);
  declareVersions(old, upTo);
  await old.open();
  return old;
}

export const staff: Actor = { actor: '工作人员', role: 'staff' };

export const FIXED_NOW = new Date('2015-07-13T09:00:00.000Z');

export function batch(id: string, createdAt = '2015-06-01T00:00:00.000Z'): Batch {
  return newBatch({ id, title: `${id} 批次`, year: 2015, createdAt });
}

export function enterprise(id: string, name: string, creditCode: string, region = '北京', industry = '制造业'): Enterprise {
  return { id, name, creditCode, region, industry };
}

export function dossier(id: string, batchId: string, enterpriseId: string, state: DossierState = 'applied', extra: Partial<Dossier> = {}): Dossier {
  return {
    id,
    batchId,
    enterpriseId,
    evaluationType: 'enterprise',
    state,
    reviewerIds: [],
    updatedAt: '2015-06-02T00:00:00.000Z',
    ...extra,
  };
}
