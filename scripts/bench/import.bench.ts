// import_vs_bulkput_ratio: importing 10,000 application rows from an .xlsx through the app's own
// path (the import worker's engine: read + check + one write() with its one audit entry), divided
// by a raw Dexie bulkPut of the same enterprise and dossier records. The figure is taken where the
// app runs: in Debian's Chromium, in a worker, on its real IndexedDB (dev/import-bench.html; run
// `npm run build` first). The same measurement on fake-indexeddb in Node goes in the note: a
// JavaScript storage engine on the same thread, whose costs are not the app's.
// See docs/benchmarks-import.md; the measurement itself is renderer/dev/import-bench.ts.
import { loadavg } from 'node:os';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { XinpingDb } from '../../renderer/db/schema';
import { measureImport, type ImportBenchResult, type ImportPhases } from '../../renderer/dev/import-bench';
import { withBenchPage } from './chromium';
import { median, type Figure } from './figure';

const progress = (line: string): void => void process.stderr.write(`import bench: ${line}\n`);

async function inChromium(): Promise<ImportBenchResult> {
  return withBenchPage('dev/import-bench.html', async (page, url) => {
    await page.goto(`${url}dev/import-bench.html`);
    const status = page.locator('#status');
    let last = '';
    for (;;) {
      const state = await status.getAttribute('data-state');
      const text = (await status.textContent()) ?? '';
      if (text !== last) progress(`chromium: ${text}`);
      last = text;
      if (state === 'failed') throw new Error(`import bench failed in Chromium: ${text}`);
      if (state === 'done') return JSON.parse((await page.locator('#result').textContent()) ?? '') as ImportBenchResult;
      await page.waitForTimeout(1000);
    }
  });
}

async function inNode(): Promise<ImportBenchResult> {
  let counter = 0;
  return measureImport({
    open: (name) => new XinpingDb(`${name}-${process.pid}-${(counter += 1)}`, { indexedDB, IDBKeyRange }),
    onProgress: (line) => progress(`node: ${line}`),
  });
}

const round = (ms: number): number => Math.round(ms);

function summary(result: ImportBenchResult): { ratio: number; text: string } {
  const pick = (key: keyof ImportPhases): number => median(result.imports.map((p) => p[key]));
  const raw = median(result.bulkPuts);
  const ratio = pick('total') / raw;
  return {
    ratio,
    text: `import ${round(pick('total'))} ms (read ${round(pick('read'))}, check ${round(pick('check'))}, write+audit ${round(pick('write'))}) vs bulkPut ${round(raw)} ms = ${ratio.toFixed(2)}x; `
      + `imports ${result.imports.map((p) => round(p.total)).join('/')}, bulkPuts ${result.bulkPuts.map(round).join('/')}`,
  };
}

export async function* run(): AsyncGenerator<Figure> {
  const measured = await inChromium();
  const chromium = summary(measured);
  const node = summary(await inNode());
  yield {
    name: 'import_vs_bulkput_ratio',
    value: chromium.ratio,
    unit: 'x',
    target: 1.5,
    note: `${measured.rows} rows from a ${measured.bytes} B .xlsx, medians of ${measured.imports.length} pairs, order swapped each pair. Chromium worker, IndexedDB: ${chromium.text}. `
      + `Node ${process.versions.node}, fake-indexeddb: ${node.text}; load ${loadavg()[0]?.toFixed(1)}`,
  };
}
