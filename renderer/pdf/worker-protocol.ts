// Messages between the UI and the PDF worker, and the worker-side handler (kept here, free of
// worker globals, so Node tests drive it directly).
import { z } from 'zod';
import { parseSnapshot } from '../../shared/documents/snapshot';
import { userError, XinpingError, type UserError } from '../../shared/errors';
import type { FontSet } from './engine';
import { produceDocument, type ProduceRequest, type ProducedDocument } from './produce';
import type { RenderPhase } from './render';

export type WorkerRequest =
  | { readonly type: 'produce'; readonly id: string; readonly request: ProduceRequest; readonly fonts?: FontSet }
  | { readonly type: 'cancel'; readonly id: string };

export type WorkerResponse =
  | { readonly type: 'progress'; readonly id: string; readonly phase: RenderPhase; readonly ratio: number }
  | { readonly type: 'done'; readonly id: string; readonly result: ProducedDocument }
  | { readonly type: 'failed'; readonly id: string; readonly errors: readonly UserError[] };

const envelope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('produce'), id: z.string().min(1), request: z.object({ document: z.object({ kind: z.string(), snapshot: z.unknown() }).loose() }).loose(), fonts: z.object({ regular: z.instanceof(Uint8Array), bold: z.instanceof(Uint8Array) }).optional() }),
  z.object({ type: z.literal('cancel'), id: z.string().min(1) }),
]);

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

export function createPdfWorkerHandler(post: Post): (message: unknown) => void {
  let fonts: FontSet | null = null;
  const running = new Map<string, AbortController>();
  const fail = (id: string, errors: readonly UserError[]): void => post({ type: 'failed', id, errors });

  async function produce(id: string, request: ProduceRequest): Promise<void> {
    if (!fonts) return fail(id, [userError('pdf.no_fonts', '未提供字体', 'no fonts were provided')]);
    const snapshot = parseSnapshot(request.document.snapshot);
    if (!snapshot.ok) return fail(id, snapshot.error);
    const controller = new AbortController();
    running.set(id, controller);
    try {
      const result = await produceDocument({ ...request, document: { ...request.document, snapshot: snapshot.value } }, {
        fonts,
        signal: controller.signal,
        onProgress: (p) => post({ type: 'progress', id, phase: p.phase, ratio: p.ratio }),
      });
      if (result.ok) post({ type: 'done', id, result: result.value }, [result.value.bytes.buffer as ArrayBuffer]);
      else fail(id, result.error);
    } catch (e) {
      fail(id, [e instanceof XinpingError ? e.detail : userError('pdf.internal', `生成 PDF 时出错：${String(e)}`, `PDF generation failed: ${String(e)}`)]);
    } finally {
      running.delete(id);
    }
  }

  return (message) => {
    const parsed = envelope.safeParse(message);
    if (!parsed.success) return;
    const m = message as WorkerRequest;
    if (m.type === 'cancel') { running.get(m.id)?.abort(); return; }
    if (m.fonts) fonts = m.fonts;
    void produce(m.id, m.request);
  };
}
