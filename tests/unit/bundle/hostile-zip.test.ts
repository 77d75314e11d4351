import { describe, expect, it } from 'vitest';
import { unzipGuarded } from '../../../shared/bundle/guarded-unzip';
import { entryNameProblem } from '../../../shared/bundle/entry-name';
import { DEFAULT_LIMITS, type ReadLimits } from '../../../shared/bundle/format';
import { readBundle } from '../../../shared/bundle/read';
import { rawZip, type RawEntry } from './raw-zip';

const MIB = 1024 * 1024;
const small = (name: string, text = '[]'): RawEntry => ({ name, data: new TextEncoder().encode(text) });

function refusal(bytes: Uint8Array, limits: Partial<ReadLimits> = {}): { code: string; zh: string; en: string; entry?: string } {
  const r = unzipGuarded(bytes, { ...DEFAULT_LIMITS, ...limits }, 'evil.xpb');
  if (r.ok) return { code: 'accepted', zh: '', en: '' };
  return { code: r.error.code, zh: r.error.zh, en: r.error.en, ...(r.error.at?.field ? { entry: r.error.at.field } : {}) };
}

describe('entry names', () => {
  it.each([
    ['../etc/passwd', 'parent'],
    ['records/../../x', 'parent'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/win.ini', 'drive'],
    ['C:evil', 'drive'],
    ['records\\x.json', 'backslash'],
    ['..\\..\\x', 'backslash'],
    ['records//x.json', 'empty segment'],
    ['records/', 'empty segment'],
    ['./manifest.json', '"."'],
    ['a\u0000b', 'control'],
    ['a\nb', 'control'],
    ['files/x:stream', 'colon'],
    ['records/x.json.', 'ends with "."'],
    [' records/x.json', 'space'],
    ['', 'empty'],
    ['x'.repeat(256), 'longer'],
  ])('refuses %j', (name, word) => {
    expect(entryNameProblem(name)?.en).toContain(word);
  });

  it.each(['manifest.json', 'records/score-sheets.json', `files/${'a'.repeat(64)}`, '中文/名称.pdf'])('accepts %j', (name) => {
    expect(entryNameProblem(name)).toBeUndefined();
  });
});

describe('hostile zips', () => {
  it('refuses path traversal and backslashes, naming the entry', () => {
    expect(refusal(rawZip([small('manifest.json'), small('../../evil.sh')]))).toMatchObject({ code: 'bundle.unsafe_name', entry: '../../evil.sh' });
    const back = refusal(rawZip([small('records\\x.json')]));
    expect(back.code).toBe('bundle.unsafe_name');
    expect(back.zh).toContain('反斜杠');
    expect(refusal(rawZip([small('/abs.json')])).code).toBe('bundle.unsafe_name');
  });

  it('refuses duplicate names', () => {
    const r = refusal(rawZip([small('manifest.json', '{}'), small('manifest.json', '{"x":1}')]));
    expect(r).toMatchObject({ code: 'bundle.duplicate_entry', entry: 'manifest.json' });
    expect(r.en).toContain('more than once');
  });

  it('refuses a deflate bomb that lies about its size, after inflating little of it (CPU time)', () => {
    const bomb = rawZip([{ name: 'records/dossiers.json', data: new Uint8Array(64 * MIB), method: 8, declaredSize: 1000 }]);
    const started = process.cpuUsage();
    const r = refusal(bomb);
    expect(r).toMatchObject({ code: 'bundle.size_mismatch', entry: 'records/dossiers.json' });
    // Inflating all 64 MiB would take far longer than stopping after the first 16 KiB slice.
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it('refuses an honest bomb by its declared compression ratio before inflating', () => {
    const r = refusal(rawZip([{ name: 'records/dossiers.json', data: new Uint8Array(32 * MIB), method: 8 }]));
    expect(r.code).toBe('bundle.ratio');
    expect(r.zh).toContain('压缩炸弹');
  });

  it('refuses entries and totals beyond the caps', () => {
    const big = { name: 'files/a', data: new Uint8Array(2 * MIB) };
    expect(refusal(rawZip([big]), { maxEntryBytes: MIB }).code).toBe('bundle.entry_too_big');
    const two = [big, { ...big, name: 'files/b' }];
    expect(refusal(rawZip(two), { maxTotalBytes: 3 * MIB }).code).toBe('bundle.total_too_big');
    expect(refusal(rawZip([small('a'), small('b'), small('c')]), { maxEntries: 2 }).code).toBe('bundle.too_many_entries');
    expect(refusal(new Uint8Array(2 * MIB), { maxBundleBytes: MIB }).code).toBe('bundle.too_big');
  });

  it('refuses an entry whose declared size differs from what it holds (hidden bytes after it)', () => {
    const r = refusal(rawZip([{ ...small('records/x.json', '[1,2,3]'), declaredSize: 3, declaredCompressed: 3 }, small('records/y.json')]));
    expect(r).toMatchObject({ code: 'bundle.corrupt', entry: 'records/x.json' });
  });

  it('refuses a local header that disagrees with the central directory', () => {
    const bytes = rawZip([small('records/x.json', '[1,2,3]')]);
    const local = bytes.slice();
    local[22] = 9; // local header's uncompressed size: 7 → 9, central directory still says 7
    expect(refusal(local)).toMatchObject({ code: 'bundle.size_mismatch', entry: 'records/x.json' });
  });

  it('refuses streamed entries without declared sizes and unknown compression', () => {
    expect(refusal(rawZip([{ ...small('records/x.json'), flags: 8 }])).code).toBe('bundle.sizes_undeclared');
    expect(refusal(rawZip([{ ...small('records/x.json'), method: 12 }])).code).toBe('bundle.compression');
  });

  it('refuses garbage and truncated zips without throwing', () => {
    expect(refusal(new TextEncoder().encode('not a zip at all')).code).toBe('bundle.not_zip');
    const whole = rawZip([{ name: 'files/a', data: new Uint8Array(100_000).fill(7), method: 8 }]);
    const cut = refusal(whole.subarray(0, whole.length - 30));
    expect(cut.code).toBe('bundle.not_zip');
    expect(cut.zh).toContain('截断');
    const prefixed = new Uint8Array([...new TextEncoder().encode('junk'), ...whole]);
    expect(refusal(prefixed).code).toBe('bundle.corrupt');
  });

  it('reports the first refusal through readBundle with zh and en', async () => {
    const r = await readBundle(rawZip([small('../x')]), { file: 'evil.xpb' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]?.zh).toContain('../x');
    expect(r.error[0]?.en).toContain('../x');
    expect(r.error[0]?.at?.file).toBe('evil.xpb');
  });
});
