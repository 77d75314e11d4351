// One logger per module, prefixed so main-process output can be told apart in a terminal.
export type Logger = {
  readonly info: (message: string, ...details: readonly unknown[]) => void;
  readonly warn: (message: string, ...details: readonly unknown[]) => void;
  readonly error: (message: string, ...details: readonly unknown[]) => void;
};

export function createLogger(scope: string): Logger {
  const prefix = `[xinping:${scope}]`;
  return {
    info: (message, ...details) => console.info(prefix, message, ...details),
    warn: (message, ...details) => console.warn(prefix, message, ...details),
    error: (message, ...details) => console.error(prefix, message, ...details),
  };
}
