import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  attachmentMimeType,
  attachmentSizeError,
  previewKind,
  sha256OfBytes,
  sniffPreviewType,
} from '../../../renderer/features/attachments/attachment-policy';
import limits from '../../../resources/defaults/attachments.json';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'rest');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0]);
const PDF = bytes('%PDF-1.7\n');

describe('the type of an attachment comes from its bytes', () => {
  it.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['GIF', bytes('GIF89a'), 'image/gif'],
    ['WebP', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'image/webp'],
    ['BMP', bytes('BM'), 'image/bmp'],
    ['PDF', PDF, 'application/pdf'],
    ['HTML', bytes('<html><script>'), null],
    ['a RIFF that is not WebP', bytes('RIFF', [1, 2, 3, 4], 'WAVE'), null],
    ['a truncated PNG signature', bytes([0x89], 'PN'), null],
    ['PDF header not at the start', bytes(' %PDF-1.7'), null],
    ['nothing', new Uint8Array(), null],
  ])('%s → %s', (_, head, expected) => {
    expect(sniffPreviewType(head)).toBe(expected);
  });

  it.each([
    ['a PNG declared as anything', 'application/octet-stream', PNG, 'image/png'],
    ['HTML claiming to be a PDF', 'application/pdf', bytes('<html>'), 'application/octet-stream'],
    ['text claiming to be a PNG', 'image/png', bytes('hello'), 'application/octet-stream'],
    ['a Word file', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes('PK'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['no declared type', '', bytes('PK'), 'application/octet-stream'],
    ['a declared type in capitals', 'TEXT/PLAIN', bytes('hi'), 'text/plain'],
  ])('%s is stored as %s', (_, declared, head, expected) => {
    expect(attachmentMimeType(declared, head)).toBe(expected);
  });

  it('previews only images and PDFs', () => {
    expect(previewKind('image/png')).toBe('image');
    expect(previewKind('application/pdf')).toBe('pdf');
    expect(previewKind('text/html')).toBeNull();
    expect(previewKind('image/svg+xml')).toBeNull();
  });
});

describe('size limit', () => {
  it('is the number in resources/defaults/attachments.json', () => {
    expect(ATTACHMENT_MAX_BYTES).toBe(limits.maxBytes);
    expect(ATTACHMENT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it('accepts a file of exactly the limit and refuses one byte more, naming the file and the limit', () => {
    expect(attachmentSizeError('审计报告.pdf', ATTACHMENT_MAX_BYTES)).toBeNull();
    const error = attachmentSizeError('审计报告.pdf', ATTACHMENT_MAX_BYTES + 1);
    expect(error).toMatchObject({ code: 'attachment.too_large', at: { file: '审计报告.pdf' } });
    expect(error?.zh).toContain('“审计报告.pdf”');
    expect(error?.zh).toContain('20.0 MB');
    expect(error?.en).toContain('"审计报告.pdf"');
    expect(error?.en).toContain('20.0 MB limit');
  });

  it('refuses an empty file', () => {
    expect(attachmentSizeError('空.pdf', 0)?.code).toBe('attachment.empty');
  });
});

describe('sha256OfBytes', () => {
  it('matches the FIPS 180-2 test vector for "abc"', async () => {
    const abc = new TextEncoder().encode('abc');
    expect(await sha256OfBytes(abc.buffer)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
