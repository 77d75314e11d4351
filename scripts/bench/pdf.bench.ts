// PDF benchmark: a signed 10,000-row result table against a naive pdfmake table of the same rows
// made in the same run, the size of a signed 1,000-row notice, and the peak memory of each.
// Memory is measured in fresh child processes (`--case <name>`): maxRSS cannot be reset in-process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentSnapshot } from '../../shared/documents/snapshot';
import { FONT_FAMILY, rawFonts, runPdfmake, type FontSet } from '../../renderer/pdf/engine';
import { produceDocument } from '../../renderer/pdf/produce';
import { createCertificateAuthority, issueCertificate } from '../../renderer/pdf/sign/dev-ca';
import { createCertificationRequest, generateSigningKeyPair, type SigningIdentity } from '../../renderer/pdf/sign/keys';
import { sampleSnapshot } from '../../tests/fixtures/documents/sample';
import { syntheticSnapshot } from '../../tests/fixtures/documents/synthetic';
import type { Figure } from './figure';

const ROUNDS = 5;
const PEAK_BUDGET_10K_MB = 256;
const PEAK_BUDGET_1K_MB = 64;
const MB = 1024 * 1024;

function fonts(): FontSet {
  const dir = resolve('resources/fonts');
  return {
    regular: new Uint8Array(readFileSync(resolve(dir, 'NotoSansSC_400Regular.ttf'))),
    bold: new Uint8Array(readFileSync(resolve(dir, 'NotoSansSC_700Bold.ttf'))),
  };
}

async function signer(): Promise<SigningIdentity> {
  const ca = await createCertificateAuthority({ commonName: '中国质量检验协会测试根证书', organization: '中国质量检验协会', country: 'CN' });
  const keys = await generateSigningKeyPair();
  const certificate = await issueCertificate(ca, await createCertificationRequest(keys, { commonName: '中国质量检验协会', organization: '中国质量检验协会', country: 'CN' }));
  return { privateKey: keys.privateKey, certificate, chain: [ca.certificate] };
}

/** What one would write first: one table, one body row per enterprise, pdfmake's default styles. */
function naive(snapshot: DocumentSnapshot, set: FontSet): Promise<Uint8Array> {
  const body = [['序号', '企业名称', '级别'], ...snapshot.results.flatMap((s) => s.rows.map((r, i) => [String(i + 1), r.name, r.grade]))];
  const definition: TDocumentDefinitions = { content: [{ table: { headerRows: 1, body } }], defaultStyle: { font: FONT_FAMILY } };
  return runPdfmake(definition, rawFonts(set));
}

async function ours(kind: 'result_table' | 'notice', snapshot: DocumentSnapshot, set: FontSet, id: SigningIdentity): Promise<Uint8Array> {
  const r = await produceDocument({ document: { kind, snapshot }, signer: id }, { fonts: set });
  if (!r.ok) throw new Error(r.error.map((e) => e.en).join('; '));
  return r.value.bytes;
}

/** Wall time, and process CPU time (user + system, all threads), which shared CI machines disturb far less. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await work();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

type Case = 'naive10k' | 'ours10k' | 'naive1k' | 'ours1k';
type Measured = { readonly ms: number; readonly cpuMs: number; readonly peakMb: number; readonly bytes: number; readonly pages: number };

/** Child-process side: warm up on 1,000 rows, then make one document and report its time, size and peak RSS growth. */
async function measureCase(which: Case): Promise<Measured> {
  const set = fonts();
  const id = await signer();
  const base = sampleSnapshot();
  const snapshot = syntheticSnapshot(base, which.endsWith('10k') ? 10_000 : 1_000);
  const make = (s: DocumentSnapshot): Promise<Uint8Array> => (which.startsWith('naive') ? naive(s, set) : ours(which === 'ours10k' ? 'result_table' : 'notice', s, set, id));
  await make(syntheticSnapshot(base, 1_000, 7));
  const baseline = process.memoryUsage().rss;
  const t = await timed(() => make(snapshot));
  const peakMb = (process.resourceUsage().maxRSS * 1024 - baseline) / MB;
  const pages = (new TextDecoder('latin1').decode(t.value).match(/\/Type\s*\/Page\b/g) ?? []).length;
  return { ms: t.ms, cpuMs: t.cpuMs, peakMb, bytes: t.value.length, pages };
}

function inChild(which: Case): Measured {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--case', which], { encoding: 'utf8', maxBuffer: 16 * MB });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) throw new Error(`bench case ${which} failed: ${r.stderr}`);
  return JSON.parse(line) as Measured;
}

// Time: both sides in this process, warmed up, interleaved round by round (the app's PDF worker is
// a long-lived process too). Memory: each case once more in a fresh process.
export async function* run(): AsyncGenerator<Figure> {
  const set = fonts();
  const id = await signer();
  const base = sampleSnapshot();
  const big = syntheticSnapshot(base, 10_000);
  await ours('result_table', syntheticSnapshot(base, 1_000, 7), set, id);
  await naive(syntheticSnapshot(base, 1_000, 7), set);
  const naiveRuns: { ms: number; cpuMs: number }[] = [];
  const oursRuns: { ms: number; cpuMs: number }[] = [];
  let pages = 0;
  for (let round = 0; round < ROUNDS; round++) {
    naiveRuns.push(await timed(() => naive(big, set)));
    const t = await timed(() => ours('result_table', big, set, id));
    oursRuns.push(t);
    pages = (new TextDecoder('latin1').decode(t.value).match(/\/Type\s*\/Page\b/g) ?? []).length;
  }
  const cpu = { ours: median(oursRuns.map((r) => r.cpuMs)), naive: median(naiveRuns.map((r) => r.cpuMs)) };
  const wall = { ours: median(oursRuns.map((r) => r.ms)), naive: median(naiveRuns.map((r) => r.ms)) };
  yield {
    name: 'pdf_10k_vs_naive_ratio',
    value: cpu.ours / cpu.naive,
    unit: 'ratio',
    target: 0.5,
    note: `CPU time, signed 10,000-row result table ${cpu.ours.toFixed(0)} ms (${pages} pages) vs naive pdfmake table ${cpu.naive.toFixed(0)} ms; wall ${wall.ours.toFixed(0)} vs ${wall.naive.toFixed(0)} ms (ratio ${(wall.ours / wall.naive).toFixed(3)}); medians of ${ROUNDS} interleaved rounds after a 1,000-row warm-up`,
  };
  const [naive10k, ours10k, naive1k, ours1k] = (['naive10k', 'ours10k', 'naive1k', 'ours1k'] as const).map(inChild);
  yield { name: 'pdf_1k_bytes', value: ours1k?.bytes ?? Number.NaN, unit: 'bytes', target: 300_000, note: `signed 公示通知 with a 1,000-row attachment table (${ours1k?.pages ?? 0} pages)` };
  // budgets for a renderer worker: well inside what a browser tab or Electron renderer can take
  yield { name: 'pdf_10k_peak_mb', value: ours10k?.peakMb ?? Number.NaN, unit: 'MB', target: PEAK_BUDGET_10K_MB, note: `peak RSS growth making the signed 10,000-row table in a fresh process (naive pdfmake table: ${(naive10k?.peakMb ?? 0).toFixed(0)} MB; first-run CPU there ${(ours10k?.cpuMs ?? 0).toFixed(0)} vs ${(naive10k?.cpuMs ?? 0).toFixed(0)} ms)` };
  yield { name: 'pdf_1k_peak_mb', value: ours1k?.peakMb ?? Number.NaN, unit: 'MB', target: PEAK_BUDGET_1K_MB, note: `peak RSS growth making the signed 1,000-row notice in a fresh process (naive 1,000-row table: ${(naive1k?.peakMb ?? 0).toFixed(0)} MB)` };
}

const caseAt = process.argv.indexOf('--case');
if (caseAt > 0) {
  console.log(JSON.stringify(await measureCase(process.argv[caseAt + 1] as Case)));
}
