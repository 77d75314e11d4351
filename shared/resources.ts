// The bundled checklists, grade scales and sample data, parsed once through their schemas, so the
// renderer, the hub and tests all read them the same way. A broken resource file fails loudly here.
import caqiDefaultJson from '../resources/checklists/caqi-default-v1.json' with { type: 'json' };
import nineGradeJson from '../resources/grade-scales/nine-grade.json' with { type: 'json' };
import sixGradeJson from '../resources/grade-scales/six-grade-example.json' with { type: 'json' };
import caqi2015Json from '../resources/samples/caqi-2015-3.json' with { type: 'json' };
import batchDefaultsJson from '../resources/defaults/batch.json' with { type: 'json' };
import { userError, XinpingError, type Result, type UserError } from './errors';
import { parseChecklist, type Checklist } from './checklist';
import { parseGradeScale, type GradeScale } from './grade-scale-schema';
import type { Batch } from './model';
import { parseBatchDefaults, parseRecordSet, type BatchDefaults, type RecordSet } from './record-schemas';

function load<T>(file: string, result: Result<T, readonly UserError[]>): T {
  if (result.ok) return result.value;
  const first = result.error[0];
  const more = result.error.length > 1 ? ` (+${result.error.length - 1})` : '';
  throw new XinpingError(userError('resources.invalid', `内置资源 ${file} 有误：${first?.zh ?? ''}${more}`, `bundled resource ${file} is invalid: ${first?.en ?? ''}${more}`, { file, ...(first?.at?.path ? { path: first.at.path } : {}) }));
}

export const defaultChecklist: Checklist = load('resources/checklists/caqi-default-v1.json', parseChecklist(caqiDefaultJson, 'caqi-default-v1.json'));
export const nineGradeScale: GradeScale = load('resources/grade-scales/nine-grade.json', parseGradeScale(nineGradeJson, 'nine-grade.json'));
export const sixGradeExampleScale: GradeScale = load('resources/grade-scales/six-grade-example.json', parseGradeScale(sixGradeJson, 'six-grade-example.json'));

/** 中国质量检验协会 2015年第三批 results as published, with made-up (flagged) credit codes. */
export const sampleCaqi2015: RecordSet = load('resources/samples/caqi-2015-3.json', parseRecordSet(caqi2015Json, 'caqi-2015-3.json'));

export const batchDefaults: BatchDefaults = load('resources/defaults/batch.json', parseBatchDefaults(batchDefaultsJson, 'batch.json'));

/** A new, open batch: the defaults, overridden by `fields` (the create form's values, or test and bench data). */
export function newBatch(fields: Pick<Batch, 'id' | 'title' | 'year' | 'createdAt'> & Partial<Batch>): Batch {
  return { ...batchDefaults, evaluationTypes: [...batchDefaults.evaluationTypes], status: 'open', updatedAt: fields.createdAt, ...fields };
}

export const bundledChecklists: ReadonlyMap<string, Checklist> = new Map([[defaultChecklist.id, defaultChecklist]]);

export const bundledGradeScales: ReadonlyMap<string, GradeScale> = new Map([
  [nineGradeScale.id, nineGradeScale],
  [sixGradeExampleScale.id, sixGradeExampleScale],
]);
