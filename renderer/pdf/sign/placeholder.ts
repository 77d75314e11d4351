// pdf-lib adds only the signature's scaffolding: the signature dictionary with a /ByteRange
// placeholder and /Contents full of zeros, a signature field whose widget lies over the drawn
// seal, and the AcroForm. They are appended as an incremental update (new and changed objects,
// an xref section, a trailer pointing back with /Prev), so the rendered bytes stay untouched and
// a long document is not rewritten. The real byte ranges and CMS are written in afterwards.
import { ParseSpeeds, PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { SealPlacement } from '../render';
import { concatBytes, indexOfAscii } from './bytes';

export const BYTE_RANGE_PLACEHOLDER = '/**********';

export type PlaceholderInfo = {
  readonly name: string;
  readonly reason: string;
  readonly location: string;
  readonly contactInfo?: string;
  readonly signingTime: Date;
  /** Bytes reserved for the CMS blob (written as twice as many hex digits). */
  readonly contentsSize: number;
  readonly fieldName: string;
};

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

function lastStartXref(pdf: Uint8Array): number {
  const tail = new TextDecoder('latin1').decode(pdf.subarray(Math.max(0, pdf.length - 1024)));
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!m) throw new Error('the PDF has no final startxref');
  return Number(m[1]);
}

function serialize(obj: PDFObject): Uint8Array {
  const out = new Uint8Array(obj.sizeInBytes());
  obj.copyBytesInto(out, 0);
  return out;
}

/** New and changed objects, an xref table for them, and a trailer chained to the previous one. */
function incrementalUpdate(pdf: Uint8Array, doc: PDFDocument, refs: readonly PDFRef[]): Uint8Array {
  const ctx = doc.context;
  const parts: Uint8Array[] = [pdf[pdf.length - 1] === 0x0a ? new Uint8Array(0) : ascii('\n')];
  let offset = pdf.length + (parts[0]?.length ?? 0);
  const entries: { num: number; gen: number; offset: number }[] = [];
  for (const ref of [...refs].sort((a, b) => a.objectNumber - b.objectNumber)) {
    const obj = ctx.lookup(ref);
    if (!obj) continue;
    const chunk = concatBytes([ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`), serialize(obj), ascii('\nendobj\n')]);
    entries.push({ num: ref.objectNumber, gen: ref.generationNumber, offset });
    parts.push(chunk);
    offset += chunk.length;
  }
  // one subsection per object keeps the table trivially correct
  const xref = entries.map((e) => `${e.num} 1\n${String(e.offset).padStart(10, '0')} ${String(e.gen).padStart(5, '0')} n\r\n`).join('');
  const t = ctx.trailerInfo;
  const trailer = ctx.obj({ Size: ctx.largestObjectNumber + 1, Root: t.Root, Prev: lastStartXref(pdf), ...(t.Info ? { Info: t.Info } : {}), ...(t.ID ? { ID: t.ID } : {}) });
  parts.push(ascii(`xref\n0 1\n0000000000 65535 f\r\n${xref}trailer\n`), serialize(trailer), ascii(`\nstartxref\n${offset}\n%%EOF\n`));
  return concatBytes([pdf, ...parts]);
}

export async function addSignaturePlaceholder(pdf: Uint8Array, seal: SealPlacement, info: PlaceholderInfo): Promise<Uint8Array> {
  if (indexOfAscii(pdf, '/Encrypt') >= 0) throw new Error('encrypted PDFs are not signed here');
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const ctx = doc.context;
  const existing = ctx.largestObjectNumber;
  const page = doc.getPage(seal.pageIndex);
  const byteRange = PDFArray.withContext(ctx);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_PLACEHOLDER.slice(1)));
  const signature = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(info.contentsSize * 2)),
    M: PDFString.fromDate(info.signingTime),
    // text strings as UTF-16BE so Chinese names survive
    Name: PDFHexString.fromText(info.name),
    Reason: PDFHexString.fromText(info.reason),
    Location: PDFHexString.fromText(info.location),
    ...(info.contactInfo ? { ContactInfo: PDFHexString.fromText(info.contactInfo) } : {}),
    Prop_Build: { App: { Name: PDFName.of('Xinping') } },
  });
  const [x1, y1, x2, y2] = seal.rect;
  // the seal itself is page content; the widget's own appearance is empty
  const appearance = ctx.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, x2 - x1, y2 - y1], Resources: {} });
  const widget = ctx.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFHexString.fromText(info.fieldName),
    Rect: [x1, y1, x2, y2],
    F: 4 | 128,
    P: page.ref,
    V: ctx.register(signature),
    AP: { N: ctx.register(appearance) },
  });
  const widgetRef = ctx.register(widget);
  // set /Annots directly: pdf-lib's addAnnot would also "normalize" the page (wrap its content in q/Q)
  const annotsList = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annotsList) annotsList.push(widgetRef);
  else page.node.set(PDFName.of('Annots'), ctx.obj([widgetRef]));
  const form = doc.catalog.getOrCreateAcroForm();
  form.addField(widgetRef);
  form.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3));
  const changed: PDFRef[] = ctx.enumerateIndirectObjects().map(([ref]) => ref).filter((ref) => ref.objectNumber > existing);
  const indirect = (v: unknown): v is PDFRef => v instanceof PDFRef;
  const root = ctx.trailerInfo.Root;
  const acroForm = doc.catalog.get(PDFName.of('AcroForm'));
  const annots = page.node.get(PDFName.of('Annots'));
  const fields = form.dict.get(PDFName.of('Fields'));
  for (const ref of [root, page.ref, acroForm, annots, fields]) if (indirect(ref) && !changed.includes(ref)) changed.push(ref);
  return incrementalUpdate(pdf, doc, changed);
}
