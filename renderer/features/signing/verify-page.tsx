// 验证签名: open any PDF and see who signed it, when, whether the signature covers the whole file,
// whether it changed after signing, and whether the certificate chains to an imported association CA.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { XinpingError } from '../../../shared/errors';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { verifyPdf, type PdfVerification } from '../../pdf/verify/verify';
import { errorText, useLang, useRunAction } from '../review/action-errors';
import { FileDrop } from './file-drop';
import { trustedCas } from './identity';
import { SIGNING } from './messages';
import { looksLikePdf } from './report-view';
import { SignatureCard } from './signature-card';

const MAX_PDF_BYTES = 200 * 1024 * 1024;

type Opened = { readonly name: string; readonly bytes: Uint8Array };
type Outcome = { readonly report: PdfVerification } | { readonly problem: string } | undefined;

function useVerification(file: Opened | undefined): Outcome {
  const { t } = useTranslation(SIGNING);
  const lang = useLang();
  const stored = useLiveQuery(() => trustedCas(db).then((list) => ({ list }), (error: unknown) => ({ error })), []);
  const cas = stored && 'list' in stored ? stored.list : undefined;
  // the outcome remembers which file it is for, so a newly opened file never shows the last report
  const [done, setDone] = useState<{ readonly file: Opened; readonly outcome: Outcome } | undefined>(undefined);
  const isPdf = file ? looksLikePdf(file.bytes) : false;
  useEffect(() => {
    if (!file || !cas || !isPdf) return undefined;
    let isCurrent = true;
    verifyPdf(file.bytes, { trustedCertificates: cas.map((ca) => ca.der) }).then(
      (report) => { if (isCurrent) setDone({ file, outcome: { report } }); },
      (error: unknown) => { if (isCurrent) setDone({ file, outcome: { problem: t('verify.unreadable', { name: file.name, reason: error instanceof Error ? error.message : String(error) }) } }); },
    );
    return () => { isCurrent = false; };
  }, [file, cas, isPdf, t]);
  if (file && !isPdf) return { problem: t('verify.notPdf', { name: file.name }) };
  if (file && stored && 'error' in stored) return { problem: errorText(stored.error, lang) };
  return done && done.file === file ? done.outcome : undefined;
}

function Report({ file, report }: { readonly file: Opened; readonly report: PdfVerification }): ReactNode {
  const { t } = useTranslation(SIGNING);
  const lang = useLang();
  const run = useRunAction();
  const print = (): Promise<unknown> => run(async () => {
    const printed = await getBridge().printPdf({ bytes: file.bytes, title: file.name.replace(/\.pdf$/iu, '') || 'document' });
    if (!printed.ok) throw new XinpingError(printed.error);
  });
  const isNoCa = report.signatures.some((s) => s.chain === 'not-checked');
  return (
    <Card
      title={<Space><span>{t('verify.file')}</span><Typography.Text strong>{file.name}</Typography.Text><Typography.Text type="secondary">{t('verify.size', { size: file.bytes.byteLength })}</Typography.Text></Space>}
      extra={<Button icon={<PrinterOutlined />} onClick={() => void print()}>{t('verify.print')}</Button>}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          role="status"
          type={!report.isSigned ? 'warning' : report.isValid ? 'success' : 'error'}
          showIcon
          title={!report.isSigned ? t('verify.unsigned') : report.isValid ? t('verify.valid') : t('verify.invalid')}
          description={report.isSigned ? report.summary[lang] : null}
        />
        {isNoCa ? <Alert type="info" showIcon title={t('verify.noCaHint')} description={<Link to="/keys">{t('verify.toKeys')}</Link>} /> : null}
        {report.signatures.map((signature) => <SignatureCard key={signature.index} signature={signature} />)}
      </Space>
    </Card>
  );
}

export function VerifyPage(): ReactNode {
  const { t } = useTranslation(SIGNING);
  const [file, setFile] = useState<Opened | undefined>(undefined);
  const outcome = useVerification(file);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1000 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{t('verify.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('verify.intro')}</Typography.Paragraph>
      <FileDrop label={t('verify.drop')} filters={[{ name: 'PDF', extensions: ['pdf'] }]} maxBytes={MAX_PDF_BYTES} onFile={(name, bytes) => setFile({ name, bytes })} />
      {file && outcome === undefined ? <Typography.Text type="secondary">{t('drop.reading')}</Typography.Text> : null}
      {file && outcome && 'problem' in outcome ? <Alert role="alert" type="error" showIcon title={outcome.problem} /> : null}
      {file && outcome && 'report' in outcome ? <Report file={file} report={outcome.report} /> : null}
    </Space>
  );
}
