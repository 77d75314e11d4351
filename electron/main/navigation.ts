// The renderer never leaves the app: navigations elsewhere are cancelled, new windows are never
// created, and http(s) links meant for a new window go to the user's browser instead.
import { type AppOrigin, isAppUrl } from './app-origin';
import { checkExternalUrl } from './external-links';
import { createLogger } from './log';

const log = createLogger('navigation');

export type NavigationEventLike = { preventDefault(): void };
export type WindowOpenDetailsLike = { readonly url: string };
export type WindowOpenDecision = { readonly action: 'deny' };

export type NavigableContentsLike = {
  on(event: 'will-navigate', listener: (event: NavigationEventLike, url: string) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetailsLike) => WindowOpenDecision): void;
};

/** Returns whether the navigation may go ahead; cancels it otherwise. */
export function handleWillNavigate(event: NavigationEventLike, url: string, app: AppOrigin): boolean {
  if (isAppUrl(url, app)) return true;
  event.preventDefault();
  log.warn('blocked navigation away from the app', url.slice(0, 200));
  return false;
}

export function handleWindowOpen(details: WindowOpenDetailsLike, openExternal: (url: string) => void): WindowOpenDecision {
  const checked = checkExternalUrl(details.url);
  if (checked.ok) openExternal(checked.value);
  else log.warn('blocked window.open', checked.error.code);
  return { action: 'deny' };
}

export function guardNavigation(contents: NavigableContentsLike, app: AppOrigin, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    handleWillNavigate(event, url, app);
  });
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal));
}
