// The import dialog's state: which step, what the worker said, and the actions that move on.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UserError } from '../../../shared/errors';
import type { Acceptance } from '../../../shared/import/decide';
import { checkImportFile } from '../../../shared/import/file-checks';
import type { ColumnMapping } from '../../../shared/import/header';
import type { EvaluationType, Id } from '../../../shared/model';
import { getBridge } from '../../bridge';
import type { Actor } from '../../db/write';
import type { ImportOutcome, ImportPreview, SheetInfo } from './protocol';
import { createWorkerClient, type FinalReply, type ProgressReply, type WorkerClient } from './worker-client';

export type ImportStep = 'file' | 'mapping' | 'preview' | 'importing' | 'result';

export type ImportState = {
  readonly step: ImportStep;
  readonly busy?: { readonly phase: ProgressReply['phase']; readonly done: number; readonly total: number; readonly file?: string };
  readonly info?: SheetInfo;
  readonly preview?: ImportPreview;
  readonly outcome?: ImportOutcome | 'cancelled';
  readonly error?: UserError;
  readonly savedReport?: string;
  /** The mapping being edited; starts as the worker's proposal. */
  readonly mapping: ColumnMapping;
  /** Checksum-warning rows ticked for import, and the reason given. */
  readonly accepted: readonly number[];
  readonly reason: string;
  readonly isCancelling: boolean;
};

export type ImportActions = {
  chooseFile(file: File): Promise<void>;
  checkRows(mapping: ColumnMapping): Promise<void>;
  commit(evaluationType: EvaluationType, acceptances: readonly Acceptance[], actor: Actor): Promise<void>;
  /** Cancels what is running: reading stops the worker; writing rolls the transaction back. */
  cancel(): void;
  downloadReport(): Promise<void>;
  goTo(step: ImportStep): void;
  reset(): void;
  setMapping(mapping: ColumnMapping): void;
  setAccepted(rows: readonly number[]): void;
  setReason(reason: string): void;
};

const START: ImportState = { step: 'file', mapping: {}, accepted: [], reason: '', isCancelling: false };

export function useImport(batchId: Id): [ImportState, ImportActions] {
  const [state, setState] = useState<ImportState>(START);
  const client = useRef<WorkerClient | null>(null);
  const worker = (): WorkerClient => (client.current ??= createWorkerClient());
  useEffect(() => () => client.current?.terminate(), []);

  const progress = (reply: ProgressReply): void => setState((s) => ({ ...s, busy: { ...s.busy, phase: reply.phase, done: reply.done, total: reply.total } }));
  const fail = (reply: FinalReply, back: ImportStep): boolean => {
    if (reply.type === 'failed') setState((s) => ({ ...s, step: back, busy: undefined, isCancelling: false, error: reply.error }));
    if (reply.type === 'cancelled') setState((s) => ({ ...s, step: back, busy: undefined, isCancelling: false }));
    return reply.type === 'failed' || reply.type === 'cancelled';
  };

  const chooseFile = useCallback(async (file: File): Promise<void> => {
    // Size and extension first: a 50 MB or .docx file is refused before a byte is read.
    const checked = checkImportFile(file.name, file.size);
    if (!checked.ok) return setState({ ...START, error: checked.error });
    setState({ ...START, busy: { phase: 'reading', done: 0, total: 1, file: file.name } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const reply = await worker().request({ type: 'read', fileName: file.name, bytes }, progress);
    if (fail(reply, 'file') || reply.type !== 'read') return;
    setState({ ...START, step: 'mapping', info: reply.info, mapping: reply.info.mapping });
  }, []);

  const checkRows = useCallback(async (mapping: ColumnMapping): Promise<void> => {
    setState((s) => ({ ...s, error: undefined, busy: { phase: 'checking', done: 0, total: 1 } }));
    const reply = await worker().request({ type: 'preview', batchId, mapping }, progress);
    if (fail(reply, 'mapping') || reply.type !== 'preview') return;
    setState((s) => ({ ...s, step: 'preview', busy: undefined, preview: reply.preview, accepted: [], reason: '' }));
  }, [batchId]);

  const commit = useCallback(async (evaluationType: EvaluationType, acceptances: readonly Acceptance[], actor: Actor): Promise<void> => {
    setState((s) => ({ ...s, step: 'importing', error: undefined, busy: { phase: 'writing', done: 0, total: 1 } }));
    const reply = await worker().request({ type: 'commit', batchId, evaluationType, acceptances, actor }, progress);
    if (reply.type === 'cancelled') return setState((s) => ({ ...s, step: 'result', busy: undefined, isCancelling: false, outcome: 'cancelled' }));
    if (fail(reply, 'preview') || reply.type !== 'committed') return;
    setState((s) => ({ ...s, step: 'result', busy: undefined, isCancelling: false, outcome: reply.outcome }));
  }, [batchId]);

  const cancel = useCallback((): void => {
    setState((s) => ({ ...s, isCancelling: true }));
    if (state.step === 'importing') worker().cancel();
    else {
      client.current?.terminate();
      client.current = null;
    }
  }, [state.step]);

  const downloadReport = useCallback(async (): Promise<void> => {
    const reply = await worker().request({ type: 'report' });
    if (reply.type !== 'file') return void fail(reply, state.step);
    const saved = await getBridge().saveFile({ suggestedName: reply.fileName, bytes: reply.bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    if (!saved.ok) return setState((s) => ({ ...s, error: saved.error }));
    const { value } = saved;
    if (value.status === 'saved') setState((s) => ({ ...s, savedReport: value.path }));
  }, [state.step]);

  const goTo = useCallback((step: ImportStep) => setState((s) => ({ ...s, step, error: undefined })), []);
  const reset = useCallback(() => setState(START), []);
  const setMapping = useCallback((mapping: ColumnMapping) => setState((s) => ({ ...s, mapping })), []);
  const setAccepted = useCallback((accepted: readonly number[]) => setState((s) => ({ ...s, accepted })), []);
  const setReason = useCallback((reason: string) => setState((s) => ({ ...s, reason })), []);
  return [state, { chooseFile, checkRows, commit, cancel, downloadReport, goTo, reset, setMapping, setAccepted, setReason }];
}
