// The lifecycle's notice and announcement snapshots, with the association's profile swapped in,
// are documents' DocumentSnapshots: the notice PDF is built from exactly what startNotice returns.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/documents/build-document';
import { sampleCaqiProfile } from '../../../shared/documents/default-templates';
import { parseSnapshot, type DocumentSnapshot } from '../../../shared/documents/snapshot';
import { buildSnapshot, withAssociationProfile, type ListedDossier } from '../../../shared/lifecycle/snapshot';
import { nineGradeScale } from '../../../shared/resources';

const listed: ListedDossier[] = [
  { dossierId: 'd1', evaluationType: 'enterprise', name: '济南科林普尔环保设备有限公司', grade: 'AAA', creditCode: '91370100726815305K' },
  { dossierId: 'd7', evaluationType: 'enterprise', name: '东莞市宇洁新材料有限公司', grade: 'A+', creditCode: '91441900684521076L', certificateNumber: '201500100100007' },
  { dossierId: 'd8', evaluationType: 'quality', name: '东研高科（北京）环保技术有限公司', grade: 'AAA★', creditCode: '91110108596132484B' },
];

function build(objections?: { received: number; upheld: number }): DocumentSnapshot {
  const { snapshot } = buildSnapshot({
    batch: { title: '2015年第三批', associationName: '中国质量检验协会', evaluationTypes: ['enterprise', 'quality'] },
    period: { start: '2015-07-13', end: '2015-07-22', days: 10, dayType: 'calendar' },
    issuedOn: '2015-07-13', listed, scale: nineGradeScale, ...(objections ? { objections } : {}),
  });
  // compile-time: assignable to the documents' snapshot type
  const document: DocumentSnapshot = withAssociationProfile(snapshot, sampleCaqiProfile);
  return document;
}

describe('lifecycle snapshots feed shared/documents', () => {
  it('parse as DocumentSnapshot and build the notice', () => {
    const parsed = parseSnapshot(build());
    expect(parsed.ok).toBe(true);
    expect(buildDocument({ kind: 'notice', snapshot: build() }).ok).toBe(true);
  });

  it('build the announcement with the objection tally', () => {
    expect(parseSnapshot(build({ received: 2, upheld: 1 })).ok).toBe(true);
    expect(buildDocument({ kind: 'announcement', snapshot: build({ received: 2, upheld: 1 }) }).ok).toBe(true);
  });
});
