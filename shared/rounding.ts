// The one rounding rule for scores (documented in scoring): one decimal, half-up.

/**
 * Rounds to one decimal, half-up (half away from zero for negatives). Float noise is removed
 * first at 12 significant digits, so 84.45 (stored as 84.4499999…) rounds to 84.5 as a
 * person doing it on paper would.
 */
export function roundScore(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`roundScore: not a finite number: ${String(value)}`);
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = Math.floor(scaled + 0.5) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A rounded score as the user sees it, always with one decimal: 90 → "90.0". */
export function formatScore(value: number): string {
  return roundScore(value).toFixed(1);
}
