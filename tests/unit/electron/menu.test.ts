import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  const onAbout = (): void => undefined;

  it('labels the menus in Chinese', () => {
    const labels = menuTemplate({ isMac: false, isDevelopment: false, onAbout }).map((item) => item.label);
    expect(labels).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '窗口(&W)', '帮助(&H)']);
  });

  it('gives every item a Chinese label', () => {
    for (const item of flatten(menuTemplate({ isMac: true, isDevelopment: true, onAbout }))) {
      if (item.type === 'separator') continue;
      expect(item.label ?? '').toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('offers developer tools only in development', () => {
    const roles = (isDevelopment: boolean): unknown[] =>
      flatten(menuTemplate({ isMac: false, isDevelopment, onAbout })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('puts the application menu first on macOS', () => {
    expect(menuTemplate({ isMac: true, isDevelopment: false, onAbout })[0]?.label).toBe('信评 Xinping');
  });
});
