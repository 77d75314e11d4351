import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportEngine, type ImportEngine } from '../../../renderer/features/import/engine';
import type { WorkerReply, WorkerRequest } from '../../../renderer/features/import/protocol';
import { write } from '../../../renderer/db/write';
import type { XinpingDb } from '../../../renderer/db/schema';
import { OPERATIONS } from '../../../shared/operations';
import { batch, openTestDb, staff } from '../db/helpers';
import { buildXlsx, goodRows, HEADERS, mixedRows, workbookRows } from '../../fixtures/import/workbooks';

type Harness = { db: XinpingDb; engine: ImportEngine; replies: WorkerReply[]; send(request: WorkerRequest): Promise<WorkerReply> };

async function harness(onReply: (reply: WorkerReply, engine: ImportEngine) => void = () => undefined): Promise<Harness> {
  const db = openTestDb();
  await write(db, staff, OPERATIONS.createBatch, (scope) => scope.put('batches', batch('b1')));
  const replies: WorkerReply[] = [];
  const engine: ImportEngine = createImportEngine({ db, post: (reply) => { replies.push(reply); onReply(reply, engine); } });
  const send = async (request: WorkerRequest): Promise<WorkerReply> => {
    await engine.handle(request);
    const last = replies.at(-1);
    if (!last) throw new Error('no reply');
    return last;
  };
  return { db, engine, replies, send };
}

const cellsOf = workbookRows;

describe('import engine (what the worker runs)', () => {
  it('reads, previews, commits and reports, in the order of the dialog', async () => {
    const { send, db } = await harness();
    const read = await send({ type: 'read', id: 1, fileName: '申报名单.xlsx', bytes: await buildXlsx({ rows: mixedRows() }) });
    expect(read).toMatchObject({ type: 'read', info: { headerRow: 1, dataRows: 8, mapping: { name: 1, creditCode: 2, region: 3, industry: 4, contactName: 5, contactPhone: 6 } } });
    if (read.type !== 'read') return;
    const preview = await send({ type: 'preview', id: 2, batchId: 'b1', mapping: read.info.mapping });
    expect(preview).toMatchObject({ type: 'preview', preview: { summary: { new: 3, error: 3, duplicate: 1, warning: 1 }, knownEnterprises: 0 } });
    expect(await db.dossiers.count()).toBe(0);
    const committed = await send({ type: 'commit', id: 3, batchId: 'b1', evaluationType: 'enterprise', acceptances: [], actor: staff });
    expect(committed).toMatchObject({ type: 'committed', outcome: { imported: 3, accepted: 0, skipped: 1 } });
    const report = await send({ type: 'report', id: 4 });
    expect(report).toMatchObject({ type: 'file', fileName: '申报名单-导入问题报告.xlsx' });
    if (report.type !== 'file') return;
    const cells = await cellsOf(report.bytes);
    expect(cells[0]?.[0]).toBe('行号 Row');
    expect(cells.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([['5', 'A', '企业名称'], ['6', 'B', '统一社会信用代码'], ['7', 'B', '统一社会信用代码'], ['8', 'B', '统一社会信用代码'], ['9', 'F', '电话']]);
    expect(cells[4]?.[4]).toBe('未接受，已跳过 Skipped');
  });

  it('imports a GBK CSV with header variants (所在地区, 所属行业, 联系电话)', async () => {
    const { send, db } = await harness();
    const bytes = new Uint8Array(readFileSync(resolve('tests/fixtures/import/applications-gbk.csv')));
    const read = await send({ type: 'read', id: 1, fileName: '申报名单.csv', bytes });
    expect(read).toMatchObject({ type: 'read', info: { encoding: 'GB18030', dataRows: 3, mapping: { name: 1, creditCode: 2, region: 3, industry: 4, contactName: 5, contactPhone: 6 } } });
    if (read.type !== 'read') return;
    await send({ type: 'preview', id: 2, batchId: 'b1', mapping: read.info.mapping });
    expect(await send({ type: 'commit', id: 3, batchId: 'b1', evaluationType: 'enterprise', acceptances: [], actor: staff })).toMatchObject({ outcome: { imported: 3 } });
    expect((await db.dossiers.toCollection().sortBy('enterpriseName')).map((d) => [d.enterpriseName, d.region, d.industry])).toEqual([
      ['上海申城质量认证有限公司', '上海', '认证服务'],
      ['北京国标检测技术有限公司', '北京', '检验检测'],
      ['广东粤信新材料股份有限公司', '广东', '化工'],
    ]);
  });

  it('answers bad input with the error naming file and row', async () => {
    const { send } = await harness();
    expect(await send({ type: 'read', id: 1, fileName: '空.csv', bytes: new Uint8Array() })).toMatchObject({ type: 'failed', error: { code: 'import.empty' } });
    const noHeader = await buildXlsx({ rows: [['甲公司', 'x'], ['乙公司', 'y']] });
    expect(await send({ type: 'read', id: 2, fileName: '无表头.xlsx', bytes: noHeader })).toMatchObject({ type: 'failed', error: { code: 'import.no_header', at: { file: '无表头.xlsx', row: 1 } } });
    expect(await send({ type: 'preview', id: 3, batchId: 'b1', mapping: {} })).toMatchObject({ type: 'failed', error: { code: 'import.step' } });
  });

  it('refuses a mapping without the required fields', async () => {
    const { send } = await harness();
    await send({ type: 'read', id: 1, fileName: 'a.xlsx', bytes: await buildXlsx({ rows: mixedRows() }) });
    expect(await send({ type: 'preview', id: 2, batchId: 'b1', mapping: { name: 1 } })).toMatchObject({ type: 'failed', error: { code: 'import.mapping_missing' } });
  });

  it('rolls the whole import back when cancel arrives during the write', async () => {
    const { send, db, replies } = await harness((reply, engine) => {
      if (reply.type === 'progress' && reply.phase === 'writing') void engine.handle({ type: 'cancel' });
    });
    const before = [await db.enterprises.count(), await db.dossiers.count(), await db.audit.count()];
    const read = await send({ type: 'read', id: 1, fileName: 'big.xlsx', bytes: await buildXlsx({ rows: [HEADERS, ...goodRows(1200)] }) });
    if (read.type !== 'read') throw new Error('read failed');
    await send({ type: 'preview', id: 2, batchId: 'b1', mapping: read.info.mapping });
    expect(await send({ type: 'commit', id: 3, batchId: 'b1', evaluationType: 'enterprise', acceptances: [], actor: staff })).toEqual({ type: 'cancelled', id: 3 });
    expect(replies.some((r) => r.type === 'progress' && r.phase === 'writing' && r.done > 0)).toBe(true);
    expect([await db.enterprises.count(), await db.dossiers.count(), await db.audit.count()]).toEqual(before);
  });

  it('exports the batch’s dossiers with the table’s columns and Chinese headers', async () => {
    const { send } = await harness();
    const read = await send({ type: 'read', id: 1, fileName: 'a.xlsx', bytes: await buildXlsx({ rows: mixedRows() }) });
    if (read.type !== 'read') throw new Error('read failed');
    await send({ type: 'preview', id: 2, batchId: 'b1', mapping: read.info.mapping });
    await send({ type: 'commit', id: 3, batchId: 'b1', evaluationType: 'enterprise', acceptances: [], actor: staff });
    const exported = await send({ type: 'export', id: 4, batchId: 'b1' });
    if (exported.type !== 'file') throw new Error(JSON.stringify(exported));
    expect(exported.fileName).toBe('中国质量检验协会 2015 b1 批次 参评企业.xlsx');
    const cells = await cellsOf(exported.bytes);
    expect(cells[0]).toEqual(['序号', '企业名称', '统一社会信用代码', '地区', '行业', '评价类型', '状态', '得分', '级别']);
    expect(cells.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
      ['上海优质材料有限公司', '企业信用评价', '申报'],
      ['北京良品科技有限公司', '企业信用评价', '申报'],
      ['广州诚信检测有限公司', '企业信用评价', '申报'],
    ]);
  });
});
