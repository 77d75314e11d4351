// The whole job the UI asks for: render a document and, when a signing identity is given, sign
// it (PAdES, visible seal). Progress is reported by phase; an AbortSignal cancels between phases
// and during pdfmake's rendering.
import type { DocumentRequest } from '../../shared/documents/build-document';
import { err, ok, type Result, type UserError } from '../../shared/errors';
import { cancelledError, renderDocument, type RenderOptions } from './render';
import { sha256, toHex } from './sign/bytes';
import type { SigningIdentity } from './sign/keys';
import { signPdf, type SignatureDetails } from './sign/sign-pdf';

export type ProduceRequest = {
  readonly document: DocumentRequest;
  /** Without a signer the PDF carries the drawn seal but no digital signature (a preview). */
  readonly signer?: SigningIdentity;
  readonly signature?: SignatureDetails;
};

export type ProducedDocument = {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly pageCount: number;
  /** Lower-case hex SHA-256 of `bytes`. */
  readonly sha256: string;
  readonly isSigned: boolean;
};

const DEFAULT_REASON: Record<DocumentRequest['kind'], string> = {
  notice: '行业信用评价结果公示',
  announcement: '行业信用评价结果公告',
  result_table: '行业信用评价结果',
  result_letter: '信用等级评价结果通知',
};

export async function produceDocument(request: ProduceRequest, options: RenderOptions): Promise<Result<ProducedDocument, readonly UserError[]>> {
  const rendered = await renderDocument(request.document, options);
  if (!rendered.ok) return rendered;
  let bytes = rendered.value.bytes;
  if (request.signer) {
    if (options.signal?.aborted) return err([cancelledError]);
    options.onProgress?.({ phase: 'sign', ratio: 0 });
    bytes = await signPdf(bytes, rendered.value.seal, request.signer, request.signature ?? {
      reason: DEFAULT_REASON[request.document.kind],
      location: request.document.snapshot.association.name,
    });
  }
  options.onProgress?.({ phase: 'done', ratio: 1 });
  return ok({ bytes, fileName: rendered.value.fileName, pageCount: rendered.value.pageCount, sha256: toHex(await sha256(bytes)), isSigned: request.signer !== undefined });
}
