// PDFs being made, by release id: the releases list shows a spinner for them, and a release whose
// PDF is already being made is not queued twice (generation runs after the action, off its path).
import { useSyncExternalStore } from 'react';
import type { NoticeRelease } from '../../../shared/lifecycle/types';
import type { StoredDocument } from '../../../shared/model';
import type { XinpingDb } from '../../db/schema';
import type { Actor } from '../../db/write';

let running: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

function update(next: ReadonlySet<string>): void {
  running = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRunningDocuments(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => running);
}

/** Makes and stores the release's PDF; resolves undefined when it is already being made. */
export async function makeDocument(db: XinpingDb, actor: Actor, release: NoticeRelease): Promise<StoredDocument | undefined> {
  if (running.has(release.id)) return undefined;
  update(new Set([...running, release.id]));
  try {
    // pdfmake and the fonts load only when a PDF is made
    const { produceReleaseDocument } = await import('./release-documents');
    return await produceReleaseDocument(db, actor, release);
  } finally {
    update(new Set([...running].filter((id) => id !== release.id)));
  }
}
