// UI side of the PDF worker. pdfmake's layout is synchronous, so a cancel message can only be
// seen between phases; cancelling therefore also terminates the worker (a fresh one is started
// for the next job) so the UI never waits for a long layout it no longer wants.
import { err, type Result, type UserError } from '../../shared/errors';
import type { FontSet } from './engine';
import type { ProduceRequest, ProducedDocument } from './produce';
import { cancelledError, type RenderProgress } from './render';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export type PdfWorkerClient = {
  produce(request: ProduceRequest, options?: { onProgress?: (p: RenderProgress) => void; signal?: AbortSignal }): Promise<Result<ProducedDocument, readonly UserError[]>>;
  dispose(): void;
};

export function defaultPdfWorker(): Worker {
  return new Worker(new URL('../workers/pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
}

export function createPdfWorkerClient(fonts: FontSet, spawn: () => Worker = defaultPdfWorker): PdfWorkerClient {
  let worker: Worker | null = null;
  let hasFonts = false;
  let counter = 0;
  const pending = new Map<string, { resolve: (r: Result<ProducedDocument, readonly UserError[]>) => void; onProgress?: (p: RenderProgress) => void }>();

  function ensure(): Worker {
    if (worker) return worker;
    const w = spawn();
    w.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      if (e.data.type === 'progress') { job.onProgress?.({ phase: e.data.phase, ratio: e.data.ratio }); return; }
      pending.delete(e.data.id);
      job.resolve(e.data.type === 'done' ? { ok: true, value: e.data.result } : err(e.data.errors));
    });
    worker = w;
    hasFonts = false;
    return w;
  }

  // terminating the worker ends every job it had: they all resolve as cancelled
  function restart(): void {
    worker?.terminate();
    worker = null;
    for (const [id, job] of pending) { pending.delete(id); job.resolve(err([cancelledError])); }
  }

  return {
    produce(request, options = {}) {
      const w = ensure();
      counter += 1;
      const id = `pdf-${counter}`;
      return new Promise((resolve) => {
        if (options.signal?.aborted) { resolve(err([cancelledError])); return; }
        pending.set(id, { resolve, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
        options.signal?.addEventListener('abort', () => {
          w.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
          restart();
        }, { once: true });
        const message: WorkerRequest = { type: 'produce', id, request, ...(hasFonts ? {} : { fonts }) };
        hasFonts = true;
        w.postMessage(message);
      });
    },
    dispose: restart,
  };
}
