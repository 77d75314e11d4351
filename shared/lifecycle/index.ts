// The evaluation lifecycle as pure domain code: 初审, assessment, gates, 公示 snapshots,
// objections, certificates and their serials, passphrases, the audit view.
export * from './types';
export * from './labels';
export * from './screening';
export * from './snapshot';
export * from './assessment';
export * from './gates';
export * from './objection-window';
export * from './serials';
export * from './validity';
export * from './certificate-state';
export * from './passphrase';
export * from './audit-view';
