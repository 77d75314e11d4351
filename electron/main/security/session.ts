// Session-wide policy: permissions and the CSP header for anything served over http(s) (the dev server).
import type { Session } from 'electron';
import type { AppOrigin } from '../app-origin';
import { installPermissionHandlers } from '../permissions';
import { contentSecurityPolicy, withCspHeader } from './csp';

export function hardenSession(session: Session, app: AppOrigin): void {
  installPermissionHandlers(session, app);
  const policy = contentSecurityPolicy();
  session.webRequest.onHeadersReceived({ urls: ['http://*/*', 'https://*/*'] }, (details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) });
  });
}
