// `npm run bench`: runs every scripts/bench/*.bench.ts and prints one JSON line per figure.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatFigure, type BenchModule } from './bench/figure';

const dir = resolve('scripts/bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let isMissed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(resolve(dir, file)).href)) as BenchModule;
  for await (const figure of mod.run()) {
    const line = formatFigure(figure);
    if (line.missedBy !== undefined) isMissed = true;
    console.log(JSON.stringify(line));
  }
}
if (isMissed) console.error('Some figures missed their targets (see "missedBy").');
