// The Electron preload puts the bridge on window; in a plain browser it is absent.
import type { Bridge } from '../../shared/host/bridge';

declare global {
  // oxlint-disable-next-line typescript/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    readonly xinping?: Bridge;
  }
}

export {};
