// The visible seal block: a red ring, a five-pointed star, and the association's name along the
// upper arc, drawn as glyph outlines (as a stamped seal is a picture, not text). The signature
// widget is later laid exactly over this square.
import type { SealSpec } from '../../../shared/documents/layout-model';
import { MM_TO_PT } from '../../../shared/documents/page-style';
import type { FontFace } from '../font/font-face';

export type SealDrawing = { readonly svg: string; readonly size: number };

const r2 = (x: number): string => x.toFixed(2);

function star(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${r2(cx + radius * Math.cos(angle))},${r2(cy + radius * Math.sin(angle))}`);
  }
  return points.join(' ');
}

/** Span of the arc in degrees: short names are spread less so the letters do not drift apart. */
function arcSpan(count: number): number {
  return Math.min(250, Math.max(120, count * 24));
}

export function drawSeal(spec: SealSpec, face: FontFace): SealDrawing {
  const size = spec.diameterMm * MM_TO_PT;
  const c = size / 2;
  const ring = size * 0.035;
  const radius = c - ring / 2 - 0.5;
  const chars = [...spec.arcText];
  const span = arcSpan(chars.length);
  const inner = radius - ring * 1.6;
  // letters as wide as their share of the arc allows, capped at a sixth of the seal
  const em = Math.min(size * 0.16, ((inner * 0.8 * span * Math.PI) / 180 / Math.max(chars.length, 1)) * 0.92);
  const scale = em / face.unitsPerEm;
  // the letters' tops (≈0.88 em above the baseline) sit just inside the ring
  const baseline = inner - em * 0.9;
  const glyphs = chars.map((ch, i) => {
    const angle = ((-span / 2 + (span * (i + 0.5)) / chars.length) * Math.PI) / 180;
    const cp = ch.codePointAt(0) ?? 0;
    const dx = -(face.advanceOf(cp) * scale) / 2;
    const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
    // font units → upright letter above the centre → rotated about the centre
    const path = face.outline(cp, (x, y) => {
      const lx = x * scale + dx;
      const ly = -y * scale - baseline;
      return [c + lx * cos - ly * sin, c + lx * sin + ly * cos];
    });
    return `<path d="${path}"/>`;
  });
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(size)}" height="${r2(size)}" viewBox="0 0 ${r2(size)} ${r2(size)}">`,
    `<circle cx="${r2(c)}" cy="${r2(c)}" r="${r2(radius)}" fill="none" stroke="${spec.color}" stroke-width="${r2(ring)}"/>`,
    `<polygon points="${star(c, c, size * 0.14)}" fill="${spec.color}"/>`,
    `<g fill="${spec.color}">${glyphs.join('')}</g>`,
    '</svg>',
  ].join('');
  return { svg, size };
}
