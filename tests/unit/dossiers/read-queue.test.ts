import { describe, expect, it } from 'vitest';
import { createReadQueue, type Urgency } from '../../../renderer/features/dossiers/read-queue';

describe('the read queue', () => {
  it('runs one read at a time, urgent ones before waiting warm-up reads', async () => {
    const queue = createReadQueue();
    const order: string[] = [];
    let running = 0;
    const read = (name: string, urgency: Urgency): Promise<void> =>
      queue.run(
        () => urgency,
        async () => {
          running += 1;
          expect(running).toBe(1);
          order.push(name);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running -= 1;
        },
      );
    await Promise.all([read('warm-1', 'warm'), read('warm-2', 'warm'), read('warm-3', 'warm'), read('now-1', 'now')]);
    expect(order).toEqual(['warm-1', 'now-1', 'warm-2', 'warm-3']);
  });

  it('reads urgency when the turn comes, so a warm-up the user now waits for jumps ahead', async () => {
    const queue = createReadQueue();
    const order: string[] = [];
    let urgency: Urgency = 'warm';
    const slow = queue.run(() => 'warm', () => new Promise<void>((resolve) => setTimeout(() => { order.push('first'); resolve(); }, 5)));
    const other = queue.run(() => 'warm', async () => void order.push('other'));
    const raised = queue.run(() => urgency, async () => void order.push('raised'));
    urgency = 'now';
    await Promise.all([slow, other, raised]);
    expect(order).toEqual(['first', 'raised', 'other']);
  });

  it('keeps going after a failed read', async () => {
    const queue = createReadQueue();
    await expect(queue.run(() => 'now', () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    await expect(queue.run(() => 'now', async () => 42)).resolves.toBe(42);
  });
});
