// The 中国质量检验协会 2015年第三批 notice as a document snapshot, built from the bundled sample
// records the way the app builds it from its database (demo, tests, first-run preview).
import { XinpingError } from '../errors';
import { noticePeriodForBatch } from '../notice-period';
import { sampleCaqi2015 } from '../resources';
import { sampleCaqiProfile } from './default-templates';
import type { DocumentSnapshot } from './snapshot';
import { snapshotFromRecords } from './snapshot-from-records';

export function sampleNoticeSnapshot(): DocumentSnapshot {
  const batch = sampleCaqi2015.batches[0];
  if (!batch) throw new Error('the bundled sample has no batch');
  const period = noticePeriodForBatch(batch);
  if (!period.ok) throw new XinpingError(period.error);
  const snapshot = snapshotFromRecords({
    batch,
    enterprises: sampleCaqi2015.enterprises,
    dossiers: sampleCaqi2015.dossiers,
    profile: sampleCaqiProfile,
    noticePeriod: { start: period.value.start, end: period.value.end, days: period.value.days },
    issuedOn: period.value.start,
    // as published: the AAA count broken down by the association's industry groups
    gradeNotes: { AAA: '其中5家为质检协会空气净化器行业参评企业，3家为质检协会净水行业参评企业' },
  });
  if (!snapshot.ok) throw new XinpingError(snapshot.error[0] ?? { code: 'document.sample', zh: '样例数据有误', en: 'the sample data is invalid' });
  return snapshot.value;
}
