import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyAuditChain, type AuditChainResult } from '../../../shared/audit';
import { XinpingError } from '../../../shared/errors';
import { auditEntriesFromRows } from '../../../shared/lifecycle/audit-view';
import { getBridge } from '../../bridge';
import { readSheet } from '../import/read-file';
import { useLang, useRunAction } from '../review/action-errors';
import { AUDIT } from './messages';

const MAX_BYTES = 200 * 1024 * 1024;

type Checked = { readonly fileName: string; readonly result: AuditChainResult };

/** Reads an exported log (CSV or XLSX) and re-verifies its chain, in the file's own row order. */
async function checkFile(): Promise<Checked | null> {
  const opened = await getBridge().openFile({ filters: [{ name: 'CSV / Excel', extensions: ['csv', 'xlsx'] }], maxBytes: MAX_BYTES });
  if (!opened.ok) throw new XinpingError(opened.error);
  if (opened.value.status === 'cancelled') return null;
  const { name, bytes } = opened.value;
  const sheet = await readSheet(name, bytes);
  const entries = auditEntriesFromRows(sheet.rows, name);
  if (!entries.ok) throw new XinpingError(entries.error);
  return { fileName: name, result: verifyAuditChain(entries.value) };
}

/** 校验导出文件: anyone holding an exported log can check it was not edited, cut or reordered. */
export function VerifyFileButton({ onChecked }: { readonly onChecked: (checked: Checked) => void }): ReactNode {
  const { t } = useTranslation(AUDIT);
  const run = useRunAction();
  const [isBusy, setIsBusy] = useState(false);
  const check = async (): Promise<void> => {
    setIsBusy(true);
    const checked = await run(checkFile);
    setIsBusy(false);
    if (checked) onChecked(checked);
  };
  return <Button icon={<FileSearchOutlined />} title={t('verifyFileHint')} loading={isBusy} onClick={() => void check()}>{t('verifyFile')}</Button>;
}

export function FileCheckResult({ checked, onClose }: { readonly checked: Checked; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(AUDIT);
  const lang = useLang();
  const { fileName, result } = checked;
  if (result.ok) return <Alert type="success" showIcon role="status" closable={{ onClose }} title={t('fileOk', { file: fileName, count: result.count, seq: result.head.seq })} />;
  return <Alert type="error" showIcon closable={{ onClose }} title={t('fileBad', { file: fileName, seq: result.seq })} description={result.error[lang]} />;
}

export type { Checked as FileCheck };
