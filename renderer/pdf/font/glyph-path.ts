// TrueType glyph outlines (glyf/loca) as SVG path data, y pointing down, in font units. Used to
// draw the seal's curved lettering as vector shapes, the way a stamped seal is an image, not text.
import { table, type Sfnt } from './sfnt';

type Point = { x: number; y: number; isOn: boolean };

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME = 0x10;
const Y_SAME = 0x20;

function glyphRange(font: Sfnt, gid: number): { at: number; length: number } {
  const head = table(font, 'head');
  const loca = table(font, 'loca');
  const isLong = font.view.getInt16(head.offset + 50) === 1;
  const v = font.view;
  const start = isLong ? v.getUint32(loca.offset + gid * 4) : v.getUint16(loca.offset + gid * 2) * 2;
  const end = isLong ? v.getUint32(loca.offset + gid * 4 + 4) : v.getUint16(loca.offset + gid * 2 + 2) * 2;
  return { at: table(font, 'glyf').offset + start, length: end - start };
}

function readSimple(v: DataView, at: number, contours: number): Point[][] {
  const ends: number[] = [];
  for (let i = 0; i < contours; i++) ends.push(v.getUint16(at + 10 + i * 2));
  const count = (ends[ends.length - 1] ?? -1) + 1;
  let p = at + 10 + contours * 2;
  p += 2 + v.getUint16(p);
  const flags: number[] = [];
  while (flags.length < count) {
    const f = v.getUint8(p++);
    flags.push(f);
    if (f & REPEAT) for (let r = v.getUint8(p++); r > 0; r--) flags.push(f);
  }
  const read = (short: number, same: number, into: number[]): void => {
    let value = 0;
    for (const f of flags) {
      if (f & short) { const d = v.getUint8(p++); value += f & same ? d : -d; }
      else if (!(f & same)) { value += v.getInt16(p); p += 2; }
      into.push(value);
    }
  };
  const xs: number[] = [];
  const ys: number[] = [];
  read(X_SHORT, X_SAME, xs);
  read(Y_SHORT, Y_SAME, ys);
  const out: Point[][] = [];
  let first = 0;
  for (const end of ends) {
    const contour: Point[] = [];
    for (let i = first; i <= end; i++) contour.push({ x: xs[i] ?? 0, y: ys[i] ?? 0, isOn: ((flags[i] ?? 0) & ON_CURVE) !== 0 });
    out.push(contour);
    first = end + 1;
  }
  return out;
}

function readComposite(font: Sfnt, at: number, depth: number): Point[][] {
  const v = font.view;
  const out: Point[][] = [];
  let p = at + 10;
  for (;;) {
    const flags = v.getUint16(p);
    const gid = v.getUint16(p + 2);
    p += 4;
    const areWords = (flags & 0x0001) !== 0;
    const dx = areWords ? v.getInt16(p) : v.getInt8(p);
    const dy = areWords ? v.getInt16(p + 2) : v.getInt8(p + 1);
    p += areWords ? 4 : 2;
    let [a, b, c, d] = [1, 0, 0, 1];
    if (flags & 0x0008) { a = d = v.getInt16(p) / 16384; p += 2; }
    else if (flags & 0x0040) { a = v.getInt16(p) / 16384; d = v.getInt16(p + 2) / 16384; p += 4; }
    else if (flags & 0x0080) { a = v.getInt16(p) / 16384; b = v.getInt16(p + 2) / 16384; c = v.getInt16(p + 4) / 16384; d = v.getInt16(p + 6) / 16384; p += 8; }
    for (const contour of glyphContours(font, gid, depth + 1)) {
      out.push(contour.map((pt) => ({ x: a * pt.x + c * pt.y + dx, y: b * pt.x + d * pt.y + dy, isOn: pt.isOn })));
    }
    if (!(flags & 0x0020)) return out;
  }
}

function glyphContours(font: Sfnt, gid: number, depth = 0): Point[][] {
  const { at, length } = glyphRange(font, gid);
  if (length === 0 || depth > 8) return [];
  const contours = font.view.getInt16(at);
  return contours >= 0 ? readSimple(font.view, at, contours) : readComposite(font, at, depth);
}

export type Transform = (x: number, y: number) => readonly [number, number];

const identity: Transform = (x, y) => [x, -y];

function contourPath(points: readonly Point[], t: Transform): string {
  const xy = (x: number, y: number): string => {
    const [a, b] = t(x, y);
    return `${a.toFixed(2)} ${b.toFixed(2)}`;
  };
  if (points.length === 0) return '';
  // start on an on-curve point (or the midpoint of two off-curve ones), per the TrueType quadratic model
  const firstOn = points.findIndex((q) => q.isOn);
  const ring = firstOn < 0 ? points : [...points.slice(firstOn), ...points.slice(0, firstOn)];
  const start = ring[0] as Point;
  const startPt = firstOn < 0 ? { x: (start.x + (ring[ring.length - 1] as Point).x) / 2, y: (start.y + (ring[ring.length - 1] as Point).y) / 2 } : start;
  let d = `M${xy(startPt.x, startPt.y)}`;
  let control: Point | null = firstOn < 0 ? start : null;
  for (let i = 1; i <= ring.length; i++) {
    const pt = i === ring.length ? { ...startPt, isOn: true } : (ring[i] as Point);
    if (pt.isOn) {
      d += control ? `Q${xy(control.x, control.y)} ${xy(pt.x, pt.y)}` : `L${xy(pt.x, pt.y)}`;
      control = null;
    } else if (control) {
      const mid = { x: (control.x + pt.x) / 2, y: (control.y + pt.y) / 2 };
      d += `Q${xy(control.x, control.y)} ${xy(mid.x, mid.y)}`;
      control = pt;
    } else {
      control = pt;
    }
  }
  return `${d}Z`;
}

/** SVG path data for one glyph; `transform` maps font units (y up, origin on the baseline) to SVG space. */
export function glyphPath(font: Sfnt, gid: number, transform: Transform = identity): string {
  return glyphContours(font, gid).map((c) => contourPath(c, transform)).join('');
}
