// One IndexedDB read at a time, most urgent first. Chromium serves an origin's IndexedDB requests
// in turn, so background warm-up reads queued here never sit in front of what the user asked for.

export type Urgency = 'now' | 'warm';

export type ReadQueue = {
  /** Runs `read` when no other read of this queue is in flight and nothing more urgent waits. */
  run<T>(urgency: () => Urgency, read: () => Promise<T>): Promise<T>;
};

type Waiting = { readonly urgency: () => Urgency; readonly start: () => void };

export function createReadQueue(): ReadQueue {
  const waiting: Waiting[] = [];
  let isBusy = false;

  const next = (): void => {
    // Urgency is read when a turn comes up, so a warm-up walk the user now needs jumps ahead.
    const index = waiting.findIndex((w) => w.urgency() === 'now');
    const [chosen] = waiting.splice(index < 0 ? 0 : index, 1);
    isBusy = chosen !== undefined;
    chosen?.start();
  };

  return {
    async run<T>(urgency: () => Urgency, read: () => Promise<T>): Promise<T> {
      await new Promise<void>((start) => {
        waiting.push({ urgency, start });
        if (!isBusy) next();
      });
      try {
        return await read();
      } finally {
        next();
      }
    },
  };
}
