import { describe, expect, it, vi } from 'vitest';
import {
  guardNavigation,
  handleWillNavigate,
  handleWindowOpen,
  type NavigationEventLike,
  type WindowOpenDecision,
  type WindowOpenDetailsLike,
} from '../../../electron/main/navigation';
import { APP_INDEX_URL, app, packagedApp } from './fixtures';

vi.spyOn(console, 'warn').mockImplementation(() => undefined);

function navigationEvent() {
  return { preventDefault: vi.fn<() => void>() } satisfies NavigationEventLike;
}

describe('will-navigate', () => {
  it.each([APP_INDEX_URL, `${APP_INDEX_URL}#/batches/2015-3`, `${APP_INDEX_URL}?lang=zh`, 'http://localhost:5173/#/dossiers'])(
    'lets the app reload or route to %s',
    (url) => {
      const event = navigationEvent();
      expect(handleWillNavigate(event, url, app)).toBe(true);
      expect(event.preventDefault).not.toHaveBeenCalled();
    },
  );

  it.each([
    'https://evil.example/',
    'http://localhost:5174/',
    'file:///etc/passwd',
    'file:///opt/xinping/out/renderer/other.html',
    'file:///opt/xinping/out/renderer/../../evil/index.html',
    'file://fileserver/opt/xinping/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    'not a url',
  ])('cancels navigation to %s', (url) => {
    const event = navigationEvent();
    expect(handleWillNavigate(event, url, app)).toBe(false);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('trusts no dev server in a packaged app', () => {
    const event = navigationEvent();
    expect(handleWillNavigate(event, 'http://localhost:5173/', packagedApp)).toBe(false);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('window.open', () => {
  it('denies the window and hands an https link to the browser', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen({ url: 'https://www.cqia.org.cn/' }, openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.cqia.org.cn/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', APP_INDEX_URL, 'http://user:pw@example.com/', 'about:blank'])(
    'denies %s and opens nothing',
    (url) => {
      const openExternal = vi.fn();
      expect(handleWindowOpen({ url }, openExternal)).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});

describe('guardNavigation', () => {
  it('installs both guards on a web contents', () => {
    let navigate: ((event: NavigationEventLike, url: string) => void) | undefined;
    let open: ((details: WindowOpenDetailsLike) => WindowOpenDecision) | undefined;
    const openExternal = vi.fn();
    guardNavigation(
      {
        on: (_name, listener) => {
          navigate = listener;
        },
        setWindowOpenHandler: (handler) => {
          open = handler;
        },
      },
      app,
      openExternal,
    );
    const event = navigationEvent();
    navigate?.(event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(open?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });
});
