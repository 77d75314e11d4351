// Page 1 of the signed notice, rendered by poppler at 50 dpi in grey, against the committed
// reference (tests/fixtures/documents/notice-page1.png). Regenerate after an intended layout
// change with: UPDATE_REFERENCE=1 npx vitest run tests/unit/documents/page-image.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { produceDocument } from '../../../renderer/pdf/produce';
import { makeTestPki } from '../../fixtures/documents/pki';
import { decodeGreyPng, differingShare, encodeGreyPng, inkBox, type GreyImage } from '../../fixtures/documents/png';
import { loadFonts, sampleSnapshot } from '../../fixtures/documents/sample';
import { hasPdfTools, run, skipReason, tempDir, writeTemp } from '../../fixtures/documents/tools';

const REFERENCE = resolve(import.meta.dirname, '../../fixtures/documents/notice-page1.png');

describe.skipIf(!hasPdfTools)(`notice page 1 looks as it should${skipReason}`, () => {
  let page: GreyImage;

  beforeAll(async () => {
    const pki = await makeTestPki();
    const produced = await produceDocument({ document: { kind: 'notice', snapshot: sampleSnapshot() }, signer: pki.signer }, { fonts: loadFonts() });
    if (!produced.ok) throw new Error(JSON.stringify(produced.error));
    const dir = tempDir();
    const pdf = writeTemp(dir, 'notice.pdf', produced.value.bytes);
    run('pdftoppm', ['-r', '50', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, `${dir}/page`]);
    page = decodeGreyPng(new Uint8Array(readFileSync(`${dir}/page.png`)));
    if (process.env.UPDATE_REFERENCE === '1') writeFileSync(REFERENCE, encodeGreyPng(page));
  });

  it('matches the reference render within tolerance', () => {
    const reference = decodeGreyPng(new Uint8Array(readFileSync(REFERENCE)));
    expect([page.width, page.height]).toEqual([reference.width, reference.height]);
    expect(differingShare(page, reference)).toBeLessThan(0.01);
  });

  it('has the title centred near the top', () => {
    const rowsPerPt = page.height / 841.89;
    const box = inkBox(page, Math.round(80 * rowsPerPt), Math.round(110 * rowsPerPt));
    expect(box).not.toBeNull();
    const centre = ((box?.left ?? 0) + (box?.right ?? 0)) / 2;
    // the text block's centre (margins 28 mm left, 26 mm right)
    const blockCentre = ((28 + (210 - 26)) / 2 / 210) * page.width;
    expect(Math.abs(centre - blockCentre)).toBeLessThan(3);
  });

  it('has the issuer and seal at the right, below the contact block', () => {
    const rowsPerPt = page.height / 841.89;
    const box = inkBox(page, Math.round(640 * rowsPerPt), Math.round(760 * rowsPerPt), 200);
    expect(box).not.toBeNull();
    expect(box?.left ?? 0).toBeGreaterThan(page.width * 0.55);
  });
});
