import { describe, expect, it, vi } from 'vitest';
import { installPermissionHandlers, isPermissionAllowed, type PermissionSessionLike } from '../../../electron/main/permissions';
import { APP_INDEX_URL, app } from './fixtures';

const HOSTILE_OR_UNNEEDED = [
  'media',
  'camera',
  'microphone',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'keyboardLock',
  'fullscreen',
  'openExternal',
  'display-capture',
  'clipboard-read',
  'idle-detection',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'mediaKeySystem',
  'speaker-selection',
  'persistent-storage',
  'something-added-in-a-later-chromium',
];

describe('isPermissionAllowed', () => {
  it.each(HOSTILE_OR_UNNEEDED)('denies %s even to the app itself', (permission) => {
    expect(isPermissionAllowed(permission, APP_INDEX_URL, app)).toBe(false);
  });

  it('lets the app copy to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_INDEX_URL, app)).toBe(true);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', undefined])('denies clipboard writes to %s', (url) => {
    expect(isPermissionAllowed('clipboard-sanitized-write', url, app)).toBe(false);
  });
});

describe('installPermissionHandlers', () => {
  function fakeSession(): PermissionSessionLike & {
    request: Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0] | undefined;
    check: Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0] | undefined;
    device: (() => boolean) | undefined;
  } {
    const session: ReturnType<typeof fakeSession> = {
      request: undefined,
      check: undefined,
      device: undefined,
      setPermissionRequestHandler: (handler) => {
        session.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        session.check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        session.device = handler;
      },
    };
    return session;
  }

  it('answers requests, checks and device access with a denial by default', () => {
    const session = fakeSession();
    installPermissionHandlers(session, app);
    for (const permission of HOSTILE_OR_UNNEEDED) {
      const callback = vi.fn();
      session.request?.(null, permission, callback, { requestingUrl: APP_INDEX_URL });
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.check?.(null, permission, 'file:///', { requestingUrl: APP_INDEX_URL })).toBe(false);
    }
    expect(session.device?.()).toBe(false);
  });

  it('grants the clipboard only to the app page', () => {
    const session = fakeSession();
    installPermissionHandlers(session, app);
    const granted = vi.fn();
    session.request?.(null, 'clipboard-sanitized-write', granted, { requestingUrl: APP_INDEX_URL });
    expect(granted).toHaveBeenCalledWith(true);
    const denied = vi.fn();
    session.request?.(null, 'clipboard-sanitized-write', denied, { requestingUrl: 'https://evil.example/' });
    expect(denied).toHaveBeenCalledWith(false);
  });
});
