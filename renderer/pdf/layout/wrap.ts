// Greedy line breaking for Chinese text with the basic 禁则 (kinsoku) rules: no closing
// punctuation at the start of a line, no opening bracket at its end, Latin/digit runs kept whole.
// Used where we lay out ourselves (table cells, captions) so every line's height is known.

const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}');
const NO_LINE_END = new Set('（《「『【〔〈“‘([{');
const WORD = /^[A-Za-z0-9.\-_@/]+/;

/** Units that must not be split: single characters, or a run of Latin letters and digits. */
function units(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const word = WORD.exec(rest);
    const unit = word ? word[0] : String.fromCodePoint(rest.codePointAt(0) ?? 0);
    out.push(unit);
    rest = rest.slice(unit.length);
  }
  return out;
}

export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  if (measure(text) <= width) return [text];
  const lines: string[][] = [[]];
  let lineWidth = 0;
  const pieces = units(text).flatMap((u) => (u.length > 1 && measure(u) > width ? [...u] : [u]));
  for (const unit of pieces) {
    const w = measure(unit);
    const line = lines[lines.length - 1] as string[];
    if (lineWidth + w <= width || line.length === 0) {
      line.push(unit);
      lineWidth += w;
      continue;
    }
    const next: string[] = [unit];
    // pull the previous unit down rather than start a line with closing punctuation or end one with an opening bracket
    const last = line[line.length - 1] ?? '';
    if (line.length > 1 && (NO_LINE_START.has(unit) || NO_LINE_END.has(last))) next.unshift(line.pop() ?? '');
    lines.push(next);
    lineWidth = next.reduce((s, u) => s + measure(u), 0);
  }
  return lines.map((l) => l.join(''));
}
