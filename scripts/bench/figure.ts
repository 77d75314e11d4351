// One benchmark figure. `target` is a bound: "<= 1.5" style comparisons use `better`.
export type Figure = {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target: number;
  /** Whether smaller values are better (time, bytes, ratios). */
  readonly better?: 'lower' | 'higher';
  /** Targets written "< x" are strict; "≤ x" are not. */
  readonly isStrict?: boolean;
  readonly note?: string;
};

export type BenchModule = { run(): AsyncIterable<Figure> };

export type FigureLine = {
  name: string;
  value: number;
  unit: string;
  target: string;
  missedBy?: string;
  note?: string;
};

export function formatFigure(f: Figure): FigureLine {
  const isLower = (f.better ?? 'lower') === 'lower';
  const op = isLower ? (f.isStrict ? '<' : '<=') : f.isStrict ? '>' : '>=';
  const isMet = isLower
    ? f.isStrict ? f.value < f.target : f.value <= f.target
    : f.isStrict ? f.value > f.target : f.value >= f.target;
  const value = Math.round(f.value * 1000) / 1000;
  const line: FigureLine = { name: f.name, value, unit: f.unit, target: `${op} ${f.target}` };
  if (!isMet) {
    const gap = Math.abs(f.value - f.target);
    line.missedBy = `${Math.round(gap * 1000) / 1000} ${f.unit} (${Math.round((gap / f.target) * 100)}% ${isLower ? "over" : "under"} target)`;
  }
  if (f.note) line.note = f.note;
  return line;
}

/** The middle value; for an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

