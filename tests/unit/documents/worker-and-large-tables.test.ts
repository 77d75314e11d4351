// The PDF worker's message protocol (driven directly, as the Web Worker would), and a long
// result table: header on every page, no row split or lost, names in order.
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../renderer/pdf/render';
import { createPdfWorkerHandler, type WorkerResponse } from '../../../renderer/pdf/worker-protocol';
import { loadFonts, sampleSnapshot } from '../../fixtures/documents/sample';
import { syntheticSnapshot } from '../../fixtures/documents/synthetic';
import { hasPdfTools, run, skipReason, tempDir, writeTemp } from '../../fixtures/documents/tools';

const fonts = loadFonts();

function harness(): { send: (m: unknown) => void; messages: WorkerResponse[]; finished: () => Promise<WorkerResponse> } {
  const messages: WorkerResponse[] = [];
  let resolveEnd: (m: WorkerResponse) => void = () => undefined;
  const end = new Promise<WorkerResponse>((r) => { resolveEnd = r; });
  const send = createPdfWorkerHandler((m) => { messages.push(m); if (m.type !== 'progress') resolveEnd(m); });
  return { send, messages, finished: () => end };
}

describe('PDF worker protocol', () => {
  it('reports progress by phase and hands back the PDF', async () => {
    const w = harness();
    w.send({ type: 'produce', id: 'a', request: { document: { kind: 'notice', snapshot: sampleSnapshot() } }, fonts });
    const end = await w.finished();
    expect(end.type).toBe('done');
    if (end.type === 'done') expect(new TextDecoder().decode(end.result.bytes.subarray(0, 8))).toBe('%PDF-1.7');
    const phases = w.messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.phase : ''));
    expect(phases[0]).toBe('check');
    expect(phases).toContain('render');
    expect(phases.at(-1)).toBe('done');
  });

  it('cancels a running job', async () => {
    const w = harness();
    w.send({ type: 'produce', id: 'b', request: { document: { kind: 'result_table', snapshot: syntheticSnapshot(sampleSnapshot(), 1500) } }, fonts });
    w.send({ type: 'cancel', id: 'b' });
    const end = await w.finished();
    expect(end).toMatchObject({ type: 'failed', id: 'b', errors: [{ code: 'pdf.cancelled' }] });
  });

  it('rejects a malformed snapshot with errors that name the field', async () => {
    const w = harness();
    const bad = { ...sampleSnapshot(), issuedOn: '2015-13-01' };
    w.send({ type: 'produce', id: 'c', request: { document: { kind: 'notice', snapshot: bad } }, fonts });
    const end = await w.finished();
    expect(end).toMatchObject({ type: 'failed', errors: [{ code: 'document.snapshot_invalid', at: { path: 'issuedOn' } }] });
  });

  it('asks for fonts before the first job', async () => {
    const w = harness();
    w.send({ type: 'produce', id: 'd', request: { document: { kind: 'notice', snapshot: sampleSnapshot() } } });
    expect(await w.finished()).toMatchObject({ type: 'failed', errors: [{ code: 'pdf.no_fonts' }] });
  });
});

describe.skipIf(!hasPdfTools)(`a 600-row notice attachment${skipReason}`, () => {
  it.each(['planned', 'auto'] as const)('%s layout: header on every table page, every row whole, once, in order', async (tableMode) => {
    const snapshot = syntheticSnapshot(sampleSnapshot(), 600, 7);
    const r = await renderDocument({ kind: 'notice', snapshot }, { fonts, tableMode });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.tableMode).toBe(tableMode);
    const dir = tempDir();
    const path = writeTemp(dir, 'big.pdf', r.value.bytes);
    const pages = run('pdftotext', ['-layout', path, '-']).split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(r.value.pageCount);
    const tablePages = pages.slice(1);
    for (const page of tablePages) expect(page).toMatch(/序号\s+企业名称\s+级别/);
    const names = snapshot.results[0]!.rows.map((row) => row.name);
    const found: string[] = [];
    for (const page of tablePages) {
      for (const line of page.split('\n')) {
        const m = /^\s*(\d+)\s+(\S+)\s+(AAA★|AAA|AA|A\+|A)\s*$/.exec(line);
        if (m) found.push(`${m[1]} ${m[2]} ${m[3]}`);
      }
    }
    expect(found).toEqual(snapshot.results[0]!.rows.map((row, i) => `${i + 1} ${row.name} ${row.grade}`));
    expect(new Set(names).size).toBeGreaterThan(500);
  });
});
