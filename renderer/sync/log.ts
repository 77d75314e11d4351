// One logger per module. The user's record of sync is the sync log table (words, zh/en); this is
// for developers: info lines stay in a small in-memory ring (recentSyncLog), warnings and errors
// also go to the console.
export type Logger = {
  readonly info: (message: string, ...details: readonly unknown[]) => void;
  readonly warn: (message: string, ...details: readonly unknown[]) => void;
  readonly error: (message: string, ...details: readonly unknown[]) => void;
};

export type LogLine = { readonly at: string; readonly level: 'info' | 'warn' | 'error'; readonly scope: string; readonly message: string };

const RING = 200;
const ring: LogLine[] = [];

function keep(level: LogLine['level'], scope: string, message: string): void {
  ring.push({ at: new Date().toISOString(), level, scope, message });
  if (ring.length > RING) ring.splice(0, ring.length - RING);
}

/** The last lines logged by sync modules, oldest first (for a diagnostics panel). */
export function recentSyncLog(): readonly LogLine[] {
  return [...ring];
}

export function createLogger(scope: string): Logger {
  const prefix = `[xinping:sync:${scope}]`;
  return {
    info: (message) => keep('info', scope, message),
    warn: (message, ...details) => {
      keep('warn', scope, message);
      console.warn(prefix, message, ...details);
    },
    error: (message, ...details) => {
      keep('error', scope, message);
      console.error(prefix, message, ...details);
    },
  };
}
