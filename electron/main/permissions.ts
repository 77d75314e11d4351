// Deny by default: the app needs no camera, microphone, location, notifications or devices.
import { type AppOrigin, isAppUrl } from './app-origin';

// Copying a credit code or a result row to the clipboard, from the app's own page only.
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export type PermissionDetailsLike = { readonly requestingUrl?: string };

export type PermissionSessionLike = {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (isGranted: boolean) => void, details: PermissionDetailsLike) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (contents: unknown, permission: string, requestingOrigin: string, details: PermissionDetailsLike) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
};

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, app: AppOrigin): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl, app);
}

export function installPermissionHandlers(session: PermissionSessionLike, app: AppOrigin): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, app));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionAllowed(permission, details.requestingUrl, app),
  );
  session.setDevicePermissionHandler(() => false);
}
