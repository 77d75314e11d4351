import { DownloadOutlined, SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Dropdown, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditChainResult } from '../../../shared/audit';
import { XinpingError } from '../../../shared/errors';
import type { AuditEntry } from '../../../shared/model';
import { getBridge } from '../../bridge';
import { db, verifyStoredAuditChain } from '../../db';
import { auditEntries, auditExport, type AuditQuery } from '../../lifecycle';
import { useLang, useRunAction } from '../review/action-errors';
import { formatInstant } from '../scoring/format-time';
import { ACTION_LABELS, ENTITY_LABELS, labelOf } from './action-labels';
import { auditFile, auditFileName, type AuditFileFormat } from './audit-export';
import { AuditFilters, type AuditFilterState } from './audit-filters';
import { ChangeView } from './change-view';
import { AUDIT } from './messages';
import { FileCheckResult, VerifyFileButton, type FileCheck } from './verify-file';
import '../review/review.css';

function toQuery(filter: AuditFilterState): AuditQuery {
  const [from, to] = filter.dates ?? [];
  return {
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.actor ? { actor: filter.actor } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    // local calendar days → instants: from the first day's midnight to the midnight after the last
    ...(from ? { from: from.startOf('day').toISOString() } : {}),
    ...(to ? { to: to.add(1, 'day').startOf('day').toISOString() } : {}),
  };
}

type Verification = { readonly result: AuditChainResult; readonly at: string };

function VerifyResult({ verification, onShow }: { readonly verification: Verification; readonly onShow: (seq: number) => void }): ReactNode {
  const { t } = useTranslation(AUDIT);
  const lang = useLang();
  const { result, at } = verification;
  if (result.ok) {
    return <Alert type="success" showIcon role="status" title={t('verifiedOk', { count: result.count, seq: result.head.seq, hash: result.head.hash.slice(0, 12) })} description={t('verifiedAt', { at: formatInstant(at) })} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('verifiedBad', { seq: result.seq })}
      description={<>{result.error[lang]}<br />{t('verifiedAt', { at: formatInstant(at) })}</>}
      action={<Button size="small" onClick={() => onShow(result.seq)}>{t('showBad')}</Button>}
    />
  );
}

/** 审计日志: the hash-chained record of every change, filtered, verified and exported. */
export function AuditPage(): ReactNode {
  const { t } = useTranslation(AUDIT);
  const { t: g } = useTranslation();
  const lang = useLang();
  const run = useRunAction();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditFilterState>({});
  const [verification, setVerification] = useState<Verification | null>(null);
  const [isVerifying, setIsVerifying] = useState(false);
  const [fileCheck, setFileCheck] = useState<FileCheck | null>(null);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [jumpTo, setJumpTo] = useState<number | null>(null);
  const [pager, setPager] = useState({ current: 1, pageSize: 50 });
  const query = toQuery(filter);
  const entries = useLiveQuery(() => auditEntries(db, { ...query, order: 'desc' }), [JSON.stringify(query)]);
  // "show that entry": once the unfiltered log is loaded, turn to the page that holds it
  const jumpIndex = jumpTo === null || !entries ? -1 : entries.findIndex((e) => e.seq === jumpTo);
  if (jumpIndex >= 0) {
    setPager((p) => ({ ...p, current: Math.floor(jumpIndex / p.pageSize) + 1 }));
    setJumpTo(null);
  }

  const verify = async (): Promise<void> => {
    setIsVerifying(true);
    const result = await run(() => verifyStoredAuditChain(db));
    setIsVerifying(false);
    if (result) setVerification({ result, at: new Date().toISOString() });
  };
  const exportAs = async (format: AuditFileFormat): Promise<void> => {
    const done = await run(async () => {
      const rows = await auditExport(db, query);
      const saved = await getBridge().saveFile({ suggestedName: auditFileName(format), bytes: await auditFile(rows, format), filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel', extensions: ['xlsx'] }] });
      if (!saved.ok) throw new XinpingError(saved.error);
      return { count: rows.length - 1, saved: saved.value };
    });
    if (done?.saved.status === 'saved') void message.success(t('exported', { count: done.count, path: done.saved.path }));
  };
  const showEntry = (seq: number): void => {
    setFilter({});
    setHighlight(seq);
    setJumpTo(seq);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
        <Space>
          <Button icon={<SafetyOutlined />} loading={isVerifying} onClick={() => void verify()}>{isVerifying ? t('verifying') : t('verify')}</Button>
          <VerifyFileButton onChecked={setFileCheck} />
          <Dropdown trigger={['click']} menu={{ items: [{ key: 'xlsx', label: t('exportXlsx') }, { key: 'csv', label: t('exportCsv') }], onClick: ({ key }) => void exportAs(key === 'csv' ? 'csv' : 'xlsx') }}>
            <Button icon={<DownloadOutlined />}>{t('export')}</Button>
          </Dropdown>
        </Space>
      </Space>
      <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      {verification ? <VerifyResult verification={verification} onShow={showEntry} /> : null}
      {fileCheck ? <FileCheckResult checked={fileCheck} onClose={() => setFileCheck(null)} /> : null}
      <AuditFilters value={filter} onChange={(next) => { setFilter(next); setHighlight(null); setPager((p) => ({ ...p, current: 1 })); }} />
      <Table<AuditEntry>
        size="small"
        rowKey="seq"
        loading={entries === undefined}
        dataSource={entries ?? []}
        aria-label={t('title')}
        locale={{ emptyText: t('empty') }}
        rowClassName={(e) => (e.seq === highlight ? 'xp-flagged-row' : '')}
        pagination={{ ...pager, showSizeChanger: true, showTotal: (count) => t('count', { count }), onChange: (current, pageSize) => setPager({ current, pageSize }) }}
        expandable={{ expandedRowRender: (e) => <ChangeView entry={e} /> }}
        columns={[
          { key: 'seq', title: t('columns.seq'), width: 80, render: (_, e) => <span className="xp-num">{e.seq}</span> },
          { key: 'at', title: t('columns.at'), width: 180, render: (_, e) => <span className="xp-num">{formatInstant(e.at)}</span> },
          { key: 'actor', title: t('columns.actor'), width: 120, render: (_, e) => e.actor },
          { key: 'role', title: t('columns.role'), width: 90, render: (_, e) => g(`roles.${e.role}`) },
          { key: 'action', title: t('columns.action'), render: (_, e) => <Space size={6}><span>{labelOf(ACTION_LABELS, e.action, lang)}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.action}</Typography.Text></Space> },
          { key: 'entity', title: t('columns.entity'), render: (_, e) => <Space size={6}><Tag>{labelOf(ENTITY_LABELS, e.entity, lang)}</Tag><Typography.Text type="secondary" ellipsis style={{ maxWidth: 220, fontSize: 12 }}>{e.entityId}</Typography.Text></Space> },
        ]}
      />
    </Space>
  );
}
