import { describe, expect, it } from 'vitest';
import { benchRecords, BENCH_BATCH_ID } from '../../../renderer/dev/bench-data';
import { validateCreditCode } from '../../../shared/credit-code';
import { parseGradeLabel } from '../../../shared/grade-scale';
import { nineGradeScale } from '../../../shared/resources';

describe('bench data', () => {
  const { enterprises, rows } = benchRecords(0, 2000, nineGradeScale);

  it('is the same on every run and continues where a chunk stopped', () => {
    expect(benchRecords(0, 2000, nineGradeScale).rows).toEqual(rows);
    expect(benchRecords(1990, 10, nineGradeScale).rows).toEqual(rows.slice(1990));
  });

  it('gives valid GB 32100-2015 codes, except the few accepted over a checksum warning', () => {
    for (const e of enterprises) {
      const kind = validateCreditCode(e.creditCode).kind;
      expect({ code: e.creditCode, kind }).toEqual({ code: e.creditCode, kind: e.creditCodeOverride ? 'checksum_warning' : 'valid' });
    }
    const overridden = rows.filter((r) => r.isCreditCodeOverridden).length;
    expect(overridden).toBeGreaterThan(0);
    expect(overridden).toBeLessThan(rows.length / 100);
  });

  it('spreads dossiers over the workflow with grades the scale can read', () => {
    expect(new Set(rows.map((r) => r.state)).size).toBe(9);
    expect(rows.every((r) => r.batchId === BENCH_BATCH_ID && r.enterpriseName.includes('公司'))).toBe(true);
    for (const r of rows.filter((row) => row.grade !== undefined)) {
      expect(parseGradeLabel(r.grade ?? '', nineGradeScale).ok).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(35);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});
