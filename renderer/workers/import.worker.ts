// The import worker: spreadsheet parsing, checking and the one-transaction write run here, off
// the UI thread. Dexie in the worker opens the same IndexedDB; its change broadcasts reach the
// window's live queries. All logic lives in features/import/engine.ts.
import { DEFAULT_DB_NAME, XinpingDb } from '../db/schema';
import { createImportEngine } from '../features/import/engine';
import type { WorkerReply, WorkerRequest } from '../features/import/protocol';

const engine = createImportEngine({
  db: new XinpingDb(DEFAULT_DB_NAME),
  post: (reply: WorkerReply) => {
    // Hand file bytes over instead of copying them.
    const transfer: Transferable[] = reply.type === 'file' && reply.bytes.buffer instanceof ArrayBuffer ? [reply.bytes.buffer] : [];
    self.postMessage(reply, { transfer });
  },
});

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void engine.handle(event.data);
});
