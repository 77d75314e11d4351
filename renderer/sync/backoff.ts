// Retry timing for the outbox: exponential back-off with jitter, so a hub coming back after an
// outage is not hit by every workstation at the same second.
export const BACKOFF = { baseMs: 5_000, factor: 2, maxMs: 30 * 60_000 } as const;

/** A refusal (bad signature, no right to the batch) is not retried by itself; the user can. */
export const HOLD_AFTER_REFUSAL_MS = 24 * 60 * 60_000;

/** Delay before attempt `attempts + 1`, after `attempts` failures (≥ 1): half to all of the cap. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * BACKOFF.factor ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
