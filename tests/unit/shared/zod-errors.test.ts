import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, splitBilingual, zodIssuesToUserErrors } from '../../../shared/zod-errors';

describe('zod issues as user errors', () => {
  it('formats paths the way users read them', () => {
    expect(formatPath(['categories', 1, 'indicators', 3, 'weight'])).toBe('categories[1].indicators[3].weight');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('');
  });

  it('explains bounds in Chinese and keeps the file and path', () => {
    const schema = z.strictObject({ name: z.string().min(1), weight: z.number().positive(), items: z.array(z.number()).max(1) });
    const r = schema.safeParse({ name: '', weight: 0, items: [1, 2], extra: true });
    if (r.success) throw new Error('should fail');
    const errors = zodIssuesToUserErrors(r.error, 'x.invalid', 'x.json');
    expect(errors.map((e) => e.zh)).toEqual([
      'name：长度不能少于 1 个字符',
      'weight：不能小于或等于 0',
      'items：项数不能多于 1',
      '含有未知字段：extra',
    ]);
    expect(errors.every((e) => e.code === 'x.invalid' && e.at?.file === 'x.json')).toBe(true);
    expect(errors[1]?.at?.path).toBe('weight');
  });

  it('splits our "中文 / English" refinement messages', () => {
    expect(splitBilingual('重复 / duplicate')).toEqual({ zh: '重复', en: 'duplicate' });
    expect(splitBilingual('only one')).toEqual({ zh: 'only one', en: 'only one' });
  });
});
