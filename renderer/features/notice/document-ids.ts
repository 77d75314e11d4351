// Light helpers about release documents, kept apart from the PDF code so pages load without pdfmake.
import type { NoticeRelease } from '../../../shared/lifecycle/types';
import type { StoredDocument } from '../../../shared/model';

export function documentIdOf(release: Pick<NoticeRelease, 'id'>): string {
  return `doc-${release.id}`;
}

/** Whether a stored document carries a digital signature (recorded when it was made). */
export function isSignedDocument(document: StoredDocument): boolean {
  const snapshot: unknown = document.snapshot;
  return typeof snapshot === 'object' && snapshot !== null && 'isSigned' in snapshot && snapshot.isSigned === true;
}
