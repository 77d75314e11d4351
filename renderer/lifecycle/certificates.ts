// Certificates after 终评: the serial counter per (year, association), downgrade and revocation
// with reasons (each a new state in the certificate's history), and the reads the UI needs.
import { Dexie } from 'dexie';
import { userError } from '../../shared/errors';
import { applyDowngrade, applyRevocation } from '../../shared/lifecycle/certificate-state';
import { addRange, continueAfter, counterId, localCounter, reserveSerials } from '../../shared/lifecycle/serials';
import type { Certificate, CertificateCounter, SerialRange } from '../../shared/lifecycle/types';
import type { IsoDate } from '../../shared/model';
import { OPERATIONS } from '../../shared/operations';
import type { XinpingDb } from '../db/schema';
import { write, type Actor, type WriteScope } from '../db/write';
import { clockOf, fail, loadBatch, loadDossier, loadScale, type Clock, type LifecycleOptions } from './context';

async function lastIssuedSerial(db: XinpingDb, year: number, associationNumber: string): Promise<number> {
  const last = await db.certificates.where('[year+associationNumber+serial]').between([year, associationNumber, Dexie.minKey], [year, associationNumber, Dexie.maxKey]).last();
  return last?.serial ?? 0;
}

async function counterOf(db: XinpingDb, year: number, associationNumber: string, at: string): Promise<CertificateCounter> {
  const stored = await db.certificateCounters.get(counterId(year, associationNumber));
  return stored ?? localCounter(year, associationNumber, await lastIssuedSerial(db, year, associationNumber), at);
}

/**
 * Takes `count` serials inside the caller's write: the counter is read and stored in that
 * transaction, so concurrent finalisations queue behind each other and a failed one gives its
 * serials back. Call only from a write that also stores the certificates.
 */
export async function reserveSerialsIn(scope: WriteScope, clock: Clock, year: number, associationNumber: string, count: number): Promise<readonly number[]> {
  const reserved = reserveSerials(await counterOf(scope.db, year, associationNumber, clock.at), count, clock.at);
  if (!reserved.ok) fail(reserved.error);
  await scope.put('certificateCounters', reserved.value.counter, 'certificate.serials.reserve');
  return reserved.value.serials;
}

export type CounterKey = { readonly year: number; readonly associationNumber: string };

/** This workstation allocates; serials continue after `lastSerial` (e.g. numbers issued before the app). */
export function setCertificateCounter(db: XinpingDb, actor: Actor, input: CounterKey & { readonly lastSerial: number }, options: LifecycleOptions = {}): Promise<CertificateCounter> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.manageCertificateSerials, async (scope) => {
    const next = continueAfter(await counterOf(scope.db, input.year, input.associationNumber, clock.at), input.lastSerial, clock.at);
    if (!next.ok) fail(next.error);
    await scope.put('certificateCounters', next.value, 'certificate.serials.set');
    return next.value;
  }, clock.write);
}

/** Records a range the hub granted this workstation; from then on serials come from hub ranges only. */
export function addHubSerialRange(db: XinpingDb, actor: Actor, input: CounterKey & SerialRange, options: LifecycleOptions = {}): Promise<CertificateCounter> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.manageCertificateSerials, async (scope) => {
    const next = addRange(await counterOf(scope.db, input.year, input.associationNumber, clock.at), { from: input.from, to: input.to }, clock.at);
    if (!next.ok) fail(next.error);
    await scope.put('certificateCounters', next.value, 'certificate.serials.range');
    return next.value;
  }, clock.write);
}

export function certificateCounter(db: XinpingDb, key: CounterKey): Promise<CertificateCounter> {
  return counterOf(db, key.year, key.associationNumber, new Date().toISOString());
}

async function loadCertificate(db: XinpingDb, id: string): Promise<Certificate> {
  const cert = await db.certificates.get(id);
  return cert ?? fail(userError('certificate.not_found', `找不到证书 ${id}`, `certificate ${id} was not found`, { path: id }));
}

export type ChangeInput = { readonly reason: string; readonly on: IsoDate };

/** 降级: a lower grade from `on`, with the reason; the number's grade code follows, the serial stays. */
export function downgradeCertificate(db: XinpingDb, actor: Actor, certificateId: string, input: ChangeInput & { readonly grade: string }, options: LifecycleOptions = {}): Promise<Certificate> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.downgradeCertificate, async (scope) => {
    const cert = await loadCertificate(scope.db, certificateId);
    const scale = await loadScale(scope.db, await loadBatch(scope.db, cert.batchId));
    const next = applyDowngrade(cert, input, scale, clock.stamp(actor));
    if (!next.ok) fail(next.error);
    await scope.put('certificates', next.value, 'certificate.downgrade');
    const row = await loadDossier(scope.db, cert.dossierId);
    await scope.put('dossiers', { ...row, grade: next.value.grade, certificateNumber: next.value.number, updatedAt: clock.at }, 'certificate.downgrade');
    return next.value;
  }, clock.write);
}

/** 撤销: the rating no longer stands from `on`, with the reason; the certificate keeps its history. */
export function revokeCertificate(db: XinpingDb, actor: Actor, certificateId: string, input: ChangeInput, options: LifecycleOptions = {}): Promise<Certificate> {
  const clock = clockOf(options);
  return write(db, actor, OPERATIONS.revokeCertificate, async (scope) => {
    const next = applyRevocation(await loadCertificate(scope.db, certificateId), input, clock.stamp(actor));
    if (!next.ok) fail(next.error);
    await scope.put('certificates', next.value, 'certificate.revoke');
    return next.value;
  }, clock.write);
}

/** A batch's certificates in serial order. */
export async function certificatesFor(db: XinpingDb, batchId: string): Promise<Certificate[]> {
  return (await db.certificates.where('batchId').equals(batchId).toArray()).sort((a, b) => a.serial - b.serial);
}

export function certificateForDossier(db: XinpingDb, dossierId: string): Promise<Certificate | undefined> {
  return db.certificates.where('dossierId').equals(dossierId).first();
}

/** Looks a certificate up by its current 15-digit number. */
export function findCertificate(db: XinpingDb, number: string): Promise<Certificate | undefined> {
  return db.certificates.where('number').equals(number.replace(/\s/gu, '')).first();
}
