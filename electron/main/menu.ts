// The application menu, labelled in Chinese; roles keep the platform's shortcuts and behaviour.
import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../../shared/host/bridge';

export type MenuOptions = {
  readonly isMac: boolean;
  readonly isDevelopment: boolean;
  readonly onAbout: () => void;
};

export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: APP_NAME,
          submenu: [
            { label: `关于${APP_NAME}`, click: options.onAbout },
            { type: 'separator' },
            { role: 'hide', label: `隐藏${APP_NAME}` },
            { role: 'hideOthers', label: '隐藏其他' },
            { role: 'unhide', label: '全部显示' },
            { type: 'separator' },
            { role: 'quit', label: `退出${APP_NAME}` },
          ],
        },
      ]
    : [];
  const developerItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [{ type: 'separator' }, { role: 'toggleDevTools', label: '开发者工具' }]
    : [];
  return [
    ...appMenu,
    { label: '文件(&F)', submenu: [options.isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...developerItems,
      ],
    },
    { label: '窗口(&W)', submenu: [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '关闭' }] },
    { label: '帮助(&H)', submenu: [{ label: `关于${APP_NAME}`, click: options.onAbout }] },
  ];
}
