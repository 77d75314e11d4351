// The window's side of the import worker: one request at a time per id, progress as it comes,
// and `terminate()` for a cancel before anything can be written (reading or checking).
import { userError } from '../../../shared/errors';
import type { WorkerReply, WorkerRequest } from './protocol';

type WithoutId<T> = T extends { readonly id: number } ? Omit<T, 'id'> : never;

export type RequestBody = WithoutId<WorkerRequest>;
export type ProgressReply = Extract<WorkerReply, { type: 'progress' }>;
export type FinalReply = Exclude<WorkerReply, { type: 'progress' }>;

export type WorkerClient = {
  request(body: RequestBody, onProgress?: (progress: ProgressReply) => void): Promise<FinalReply>;
  /** Asks a running commit to roll back; its request then answers `cancelled`. */
  cancel(): void;
  /** Stops the worker at once; pending requests answer `cancelled`. */
  terminate(): void;
};

type Pending = { resolve(reply: FinalReply): void; onProgress?: ((progress: ProgressReply) => void) | undefined };

export function createWorkerClient(): WorkerClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settleAll = (reply: (id: number) => FinalReply): void => {
    for (const [id, entry] of pending) entry.resolve(reply(id));
    pending.clear();
  };

  const start = (): Worker => {
    const created = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      if (reply.type === 'progress') {
        entry.onProgress?.(reply);
        return;
      }
      pending.delete(reply.id);
      entry.resolve(reply);
    });
    created.addEventListener('error', (event) => {
      // A script that fails to load reports no message: say so rather than show an empty reason.
      const zh = event.message ? `后台处理程序出错：${event.message}` : '后台处理程序未能加载或意外停止，请重试';
      const en = event.message ? `The background worker failed: ${event.message}` : 'The background worker could not load or stopped unexpectedly; try again';
      settleAll((id) => ({ type: 'failed', id, error: userError('import.worker', zh, en) }));
      worker?.terminate();
      worker = undefined;
    });
    return created;
  };

  return {
    request(body, onProgress) {
      worker ??= start();
      const id = nextId++;
      // Omit over the union loses the tie between `type` and its fields; adding the id restores it.
      const message = { ...body, id } as WorkerRequest;
      const transfer: Transferable[] = message.type === 'read' && message.bytes.buffer instanceof ArrayBuffer ? [message.bytes.buffer] : [];
      return new Promise<FinalReply>((resolve) => {
        pending.set(id, { resolve, onProgress });
        worker?.postMessage(message, transfer);
      });
    },
    cancel() {
      worker?.postMessage({ type: 'cancel' } satisfies WorkerRequest);
    },
    terminate() {
      worker?.terminate();
      worker = undefined;
      settleAll((id) => ({ type: 'cancelled', id }));
    },
  };
}
