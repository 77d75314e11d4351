// The PDF Web Worker: renders and signs documents off the UI thread (see renderer/pdf/worker-protocol.ts).
import { createPdfWorkerHandler } from '../pdf/worker-protocol';

const handle = createPdfWorkerHandler((message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }));
self.addEventListener('message', (event: MessageEvent) => handle(event.data));
