import { describe, expect, it } from 'vitest';
import { checkMapping, detectHeader, matchHeader, normaliseHeader, proposeMapping } from '../../../shared/import/header';

describe('header names', () => {
  it.each([
    ['企业名称（必填）*', '企业名称'],
    [' 统一社会 信用代码 ', '统一社会信用代码'],
    ['企业（单位）名称', '企业名称'],
    ['Company Name', 'companyname'],
    ['联系电话：', '联系电话'],
    ['【所属行业】地区', '地区'],
    ['ＵＳＣＣ', 'uscc'],
  ])('normalises %j to %j', (text, expected) => {
    expect(normaliseHeader(text)).toBe(expected);
  });

  it.each([
    ['企业名称', 'name'], ['单位名称', 'name'], ['企业全称', 'name'], ['申报单位', 'name'], ['Enterprise Name', 'name'],
    ['统一社会信用代码', 'creditCode'], ['信用代码', 'creditCode'], ['社会信用代码', 'creditCode'], ['USCC', 'creditCode'], ['Credit Code', 'creditCode'],
    ['地区', 'region'], ['所在地区', 'region'], ['省份', 'region'], ['Region', 'region'],
    ['行业', 'industry'], ['所属行业', 'industry'], ['行业类别', 'industry'], ['Industry', 'industry'],
    ['联系人', 'contactName'], ['联系人姓名', 'contactName'], ['Contact Person', 'contactName'],
    ['电话', 'contactPhone'], ['联系电话', 'contactPhone'], ['手机', 'contactPhone'], ['手机号码', 'contactPhone'], ['联系人电话', 'contactPhone'], ['Tel', 'contactPhone'],
    ['企业联系电话', 'contactPhone'], ['企业所在地区', 'region'], ['统一社会信用代码（18位）', 'creditCode'],
  ])('recognises %j as %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each(['序号', '备注', '', '申报日期'])('does not guess a field for %j', (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });

  it('maps each field to one column, exact names before partial ones', () => {
    expect(proposeMapping(['序号', '企业联系电话', '企业名称', '统一社会信用代码', '电话', '手机'])).toEqual({ name: 3, creditCode: 4, contactPhone: 5 });
  });
});

describe('detectHeader', () => {
  it('finds the header under a title row and a note row', () => {
    const rows = [['2026年第一批行业信用评价申报企业名单'], ['填报说明：带*为必填'], ['序号', '单位名称*', '信用代码*', '所在地区'], ['1', '甲公司', 'X', '北京']];
    const result = detectHeader(rows, '名单.xlsx');
    expect(result.ok && result.value.headerRow).toBe(3);
    expect(result.ok && result.value.mapping).toEqual({ name: 2, creditCode: 3, region: 4 });
  });

  it('reports a sheet with no recognisable header in the first rows, naming the file and the rows searched', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`甲公司${i}`, '91110000XXXXXXXXXX']);
    const result = detectHeader(rows, '无表头.xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('import.no_header');
    expect(result.error.zh).toContain('无表头.xlsx 的前 10 行中找不到表头');
    expect(result.error.en).toContain('first 10 rows');
  });

  it('needs a required field: a header of only region and industry is not enough', () => {
    expect(detectHeader([['地区', '行业', '联系人']], 'a.csv').ok).toBe(false);
  });
});

describe('checkMapping', () => {
  it('asks for the required fields and refuses one column for two fields', () => {
    const problems = checkMapping({ name: 1, region: 1 }, ['企业名称', '地区']);
    expect(problems.map((p) => p.code)).toEqual(['import.mapping_missing', 'import.mapping_twice']);
    expect(problems[0]?.zh).toContain('统一社会信用代码');
    expect(problems[1]?.zh).toContain('A');
    expect(checkMapping({ name: 1, creditCode: 2 }, [])).toEqual([]);
  });
});
