import { describe, expect, it } from 'vitest';
import { fallbackMessage, findElectronBinary, nextStartStep, type StartState, type StartStep } from '../../../scripts/start';

describe('nextStartStep', () => {
  it.each<[string, StartState, StartStep]>([
    ['launches an installed binary', { binaryPath: '/x/electron', hasTriedInstall: false, isDownloadDisabled: false }, { kind: 'launch-electron', binaryPath: '/x/electron' }],
    ['launches a binary the download just fetched', { binaryPath: '/x/electron', hasTriedInstall: true, isDownloadDisabled: false }, { kind: 'launch-electron', binaryPath: '/x/electron' }],
    ['tries the download once when the binary is missing', { binaryPath: undefined, hasTriedInstall: false, isDownloadDisabled: false }, { kind: 'install-electron' }],
    ['serves the web build after a failed download', { binaryPath: undefined, hasTriedInstall: true, isDownloadDisabled: false }, { kind: 'serve-web' }],
    ['serves the web build when downloads are disabled', { binaryPath: undefined, hasTriedInstall: false, isDownloadDisabled: true }, { kind: 'serve-web' }],
  ])('%s', (_name, state, step) => {
    expect(nextStartStep(state)).toEqual(step);
  });
});

describe('fallbackMessage', () => {
  it('is one line naming the cause, the remedy and the address', () => {
    const message = fallbackMessage('http://127.0.0.1:4173/');
    expect(message).not.toContain('\n');
    expect(message).toContain('Electron binary unavailable');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message.endsWith('http://127.0.0.1:4173/')).toBe(true);
  });
});

describe('findElectronBinary', () => {
  it('finds nothing when electron never wrote path.txt', () => {
    const load = (): unknown => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');
    };
    expect(findElectronBinary(load)).toBeUndefined();
  });

  it('finds nothing when the named executable is not on disk', () => {
    expect(findElectronBinary(() => '/nonexistent/dist/electron')).toBeUndefined();
  });

  it('finds nothing when the module exports something odd', () => {
    expect(findElectronBinary(() => ({ path: process.execPath }))).toBeUndefined();
  });

  it('returns an executable that exists', () => {
    expect(findElectronBinary(() => process.execPath)).toBe(process.execPath);
  });
});
