// One logger per module, prefixed, one line per event so a service log stays greppable.
export type Logger = {
  readonly info: (message: string, ...details: readonly unknown[]) => void;
  readonly warn: (message: string, ...details: readonly unknown[]) => void;
  readonly error: (message: string, ...details: readonly unknown[]) => void;
};

let isQuiet = process.env.HUB_LOG === 'quiet';

/** Tests and benches silence the info lines; warnings and errors always print. */
export function setQuiet(quiet: boolean): void {
  isQuiet = quiet;
}

export function createLogger(scope: string): Logger {
  const prefix = `[xinping-hub:${scope}]`;
  return {
    info: (message, ...details) => {
      if (!isQuiet) console.info(new Date().toISOString(), prefix, message, ...details);
    },
    warn: (message, ...details) => console.warn(new Date().toISOString(), prefix, message, ...details),
    error: (message, ...details) => console.error(new Date().toISOString(), prefix, message, ...details),
  };
}
