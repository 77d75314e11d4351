import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readCsv } from '../../../renderer/features/import/read-csv';
import { readSheet } from '../../../renderer/features/import/read-file';
import { validCode } from '../../fixtures/import/workbooks';

const gbk = new Uint8Array(readFileSync(resolve('tests/fixtures/import/applications-gbk.csv')));

describe('CSV decoding', () => {
  it('has real GBK bytes in its fixture (企 = C6 F3), which are not UTF-8', () => {
    expect([...gbk.subarray(0, 2)]).toEqual([0xc6, 0xf3]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
  });

  it('decodes a GBK CSV as Chinese Excel writes it', () => {
    const sheet = readCsv('申报名单.csv', gbk);
    expect(sheet.encoding).toBe('GB18030');
    expect(sheet.rows[0]).toEqual(['企业名称', '统一社会信用代码', '所在地区', '所属行业', '联系人', '联系电话']);
    expect(sheet.rows[1]).toEqual(['北京国标检测技术有限公司', validCode(201), '北京', '检验检测', '张伟', '010-82345678']);
    expect(sheet.rows[2]?.[0]).toBe('上海申城质量认证有限公司');
  });

  it('decodes UTF-8 with and without a BOM, and UTF-16 (Excel "Unicode text")', () => {
    const text = '企业名称,信用代码\r\n甲公司,X\r\n';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8)).text).toBe(text);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(decodeText(utf16)).toEqual({ text, encoding: 'UTF-16LE' });
  });

  it('names the row of an unmatched quote', () => {
    const bytes = new TextEncoder().encode('企业名称,信用代码\n甲公司,X\n"乙公司,Y\n丙公司,Z\n');
    expect(() => readCsv('引号.csv', bytes)).toThrow(expect.objectContaining({ detail: expect.objectContaining({ code: 'import.csv_quotes', at: { file: '引号.csv', row: 3 } }) }));
  });

  it('refuses binary content named .csv', async () => {
    await expect(readSheet('图片.csv', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d))).rejects.toMatchObject({ detail: { code: 'import.csv_binary' } });
  });
});
