// The import worker's logic, apart from the worker itself so Node tests and the bench drive the
// same code: read → preview (dry run) → commit, plus the error report and the dossier export.
import { userError, XinpingError, type UserError } from '../../../shared/errors';
import { toBareFileName } from '../../../shared/host/file-name';
import { decideRows, type Decision } from '../../../shared/import/decide';
import { checkMapping, type HeaderGuess } from '../../../shared/import/header';
import type { ImportIssue } from '../../../shared/import/issues';
import { PREVIEW_ROWS } from '../../../shared/import/limits';
import { inspectSheet, planImport, type ImportPlan, type PlannedRow } from '../../../shared/import/plan';
import { reportTable } from '../../../shared/import/report';
import type { SheetData } from '../../../shared/import/sheet';
import type { XinpingDb } from '../../db/schema';
import { loadDossierTable } from '../export/export-table';
import { commitImport, isCancellation } from './commit';
import { batchCreditCodes, enterprisesByCode } from './lookup';
import type { ImportPreview, PreviewRow, SheetInfo, WorkerReply, WorkerRequest } from './protocol';
import { readSheet } from './read-file';
import { writeXlsx } from './write-xlsx';

export type EngineDeps = {
  readonly db: XinpingDb;
  readonly post: (reply: WorkerReply) => void;
  readonly now?: () => Date;
  readonly newId?: () => string;
};

type State = { sheet?: SheetData; header?: HeaderGuess; plan?: ImportPlan; decision?: Decision; late: readonly ImportIssue[]; isCancelled: boolean };

export type ImportEngine = { handle(request: WorkerRequest): Promise<void> };

export function createImportEngine(deps: EngineDeps): ImportEngine {
  const state: State = { late: [], isCancelled: false };
  const now = deps.now ?? ((): Date => new Date());

  const run = async (request: Exclude<WorkerRequest, { type: 'cancel' }>): Promise<WorkerReply> => {
    const { id } = request;
    switch (request.type) {
      case 'read': {
        deps.post({ type: 'progress', id, phase: 'reading', done: 0, total: 1 });
        const sheet = await readSheet(request.fileName, request.bytes);
        const shape = inspectSheet(sheet);
        if (!shape.ok) throw new XinpingError(shape.error);
        Object.assign(state, { sheet, header: shape.value, plan: undefined, decision: undefined, late: [] });
        return { type: 'read', id, info: sheetInfo(sheet, shape.value) };
      }
      case 'preview': {
        const { sheet, header } = need(state);
        const problem = checkMapping(request.mapping, header.headers)[0];
        if (problem) throw new XinpingError(problem);
        deps.post({ type: 'progress', id, phase: 'checking', done: 0, total: 1 });
        const plan = planImport(sheet, header, request.mapping, { existingCodes: await batchCreditCodes(deps.db, request.batchId) });
        const toImport = plan.rows.filter((r) => r.status === 'new' || r.status === 'warning');
        const known = await enterprisesByCode(deps.db, toImport.map((r) => r.values.creditCode));
        Object.assign(state, { plan, decision: undefined, late: [] });
        return { type: 'preview', id, preview: previewOf(plan, known.size) };
      }
      case 'commit': {
        const plan = state.plan;
        if (!plan) throw new XinpingError(stepError());
        state.isCancelled = false;
        const decision = decideRows(plan, request.acceptances, request.actor.actor, now().toISOString());
        const result = await commitImport(deps.db, request.actor, {
          fileName: plan.fileName, batchId: request.batchId, evaluationType: request.evaluationType, rows: decision.rows, ...(plan.mapping.creditCode ? { codeColumn: plan.mapping.creditCode } : {}),
        }, {
          isCancelled: () => state.isCancelled,
          onProgress: (done, total) => deps.post({ type: 'progress', id, phase: 'writing', done, total }),
          now,
          ...(deps.newId ? { newId: deps.newId } : {}),
        });
        Object.assign(state, { decision, late: result.lateDuplicates });
        const { imported, enterprisesCreated, enterprisesUpdated } = result;
        return { type: 'committed', id, outcome: { imported, enterprisesCreated, enterprisesUpdated, accepted: decision.accepted.size, skipped: decision.skipped.length, lateDuplicates: result.lateDuplicates.length } };
      }
      case 'report': {
        const plan = state.plan;
        if (!plan) throw new XinpingError(stepError());
        const table = reportTable({ ...plan, fileIssues: [...plan.fileIssues, ...state.late] }, state.decision);
        const bytes = await writeXlsx({ ...table, sheetName: '导入问题', widths: [8, 6, 18, 16, 20, 30, 24, 60, 60] });
        return { type: 'file', id, fileName: reportName(plan.fileName), bytes };
      }
      case 'export': {
        deps.post({ type: 'progress', id, phase: 'exporting', done: 0, total: 1 });
        const table = await loadDossierTable(deps.db, request.batchId);
        return { type: 'file', id, fileName: table.fileName, bytes: await writeXlsx(table) };
      }
    }
  };

  return {
    async handle(request) {
      if (request.type === 'cancel') {
        state.isCancelled = true;
        return;
      }
      try {
        deps.post(await run(request));
      } catch (error) {
        deps.post(isCancellation(error) ? { type: 'cancelled', id: request.id } : { type: 'failed', id: request.id, error: toUserError(error) });
      }
    },
  };
}

function need(state: State): { sheet: SheetData; header: HeaderGuess } {
  if (!state.sheet || !state.header) throw new XinpingError(stepError());
  return { sheet: state.sheet, header: state.header };
}

function stepError(): UserError {
  return userError('import.step', '请先选择要导入的文件', 'Choose the file to import first');
}

function sheetInfo(sheet: SheetData, header: HeaderGuess & { dataRows: number }): SheetInfo {
  const sample = sheet.rows.slice(header.headerRow).filter((r) => r.some((c) => c.trim() !== '')).slice(0, 3);
  return {
    fileName: sheet.fileName, format: sheet.format, headerRow: header.headerRow, headers: header.headers, mapping: header.mapping, dataRows: header.dataRows, sample,
    ...(sheet.sheetName ? { sheetName: sheet.sheetName } : {}),
    ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
  };
}

function previewOf(plan: ImportPlan, knownEnterprises: number): ImportPreview {
  const brief = (r: PlannedRow): PreviewRow => ({ row: r.row, status: r.status, values: r.values });
  return {
    summary: plan.summary,
    knownEnterprises,
    issues: [...plan.fileIssues, ...plan.rows.flatMap((r) => r.issues)],
    warnings: plan.rows.filter((r) => r.status === 'warning').map(brief),
    sample: plan.rows.slice(0, PREVIEW_ROWS).map(brief),
  };
}

function reportName(fileName: string): string {
  return `${toBareFileName(`${fileName.replace(/\.[^.]*$/u, '')}-导入问题报告`, '导入问题报告')}.xlsx`;
}

export function toUserError(error: unknown): UserError {
  if (error instanceof XinpingError) return error.detail;
  const message = error instanceof Error ? error.message : String(error);
  return userError('import.failed', `导入出错：${message}`, `The import failed: ${message}`);
}
