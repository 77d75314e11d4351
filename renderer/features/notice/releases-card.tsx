import { DownloadOutlined, EyeOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { XinpingError } from '../../../shared/errors';
import type { NoticeRelease, ReleaseKind } from '../../../shared/lifecycle/types';
import type { StoredDocument } from '../../../shared/model';
import { isAllowed, OPERATIONS, type Operation } from '../../../shared/operations';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { useRunAction } from '../review/action-errors';
import { useSession } from '../session/session';
import { SIGNING } from '../signing/messages';
import { useHasSigningIdentity } from '../signing/use-has-identity';
import { makeDocument, useRunningDocuments } from './document-jobs';
import { NOTICE } from './messages';
import { documentIdOf, isSignedDocument } from './document-ids';
import { ReleaseView } from './release-view';

const KIND_COLORS: Readonly<Record<ReleaseKind, string>> = { notice: 'purple', correction: 'orange', announcement: 'green' };
const MAKES: Readonly<Record<ReleaseKind, Operation>> = { notice: OPERATIONS.startNotice, correction: OPERATIONS.issueCorrectedNotice, announcement: OPERATIONS.finaliseBatch };

function DocumentActions({ release, document, hasIdentity }: { readonly release: NoticeRelease; readonly document: StoredDocument | undefined; readonly hasIdentity: boolean }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const { t: tSigning } = useTranslation(SIGNING);
  const session = useSession();
  const run = useRunAction();
  const running = useRunningDocuments();
  const isMaking = running.has(release.id);
  const save = (doc: StoredDocument): Promise<unknown> =>
    run(async () => {
      const saved = await getBridge().saveFile({ suggestedName: doc.fileName, bytes: doc.bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (!saved.ok) throw new XinpingError(saved.error);
      return saved.value;
    });
  const print = (doc: StoredDocument): Promise<unknown> =>
    run(async () => {
      const printed = await getBridge().printPdf({ bytes: doc.bytes, title: doc.fileName });
      if (!printed.ok) throw new XinpingError(printed.error);
      return printed.value;
    });
  const mayMake = isAllowed(session.role, MAKES[release.kind]);
  if (document) {
    const isSigned = isSignedDocument(document);
    return (
      <Space size={4}>
        <Tag color={isSigned ? 'green' : 'default'}>{isSigned ? t('releases.signed') : t('releases.unsigned')}</Tag>
        <Button size="small" icon={<DownloadOutlined />} onClick={() => void save(document)}>{t('releases.pdf')}</Button>
        <Button size="small" icon={<PrinterOutlined />} onClick={() => void print(document)}>{t('releases.print')}</Button>
        {/* a document made before the signing identity was set up is made again, this time signed */}
        {!isSigned && mayMake && hasIdentity ? <Button size="small" loading={isMaking} onClick={() => void run(() => makeDocument(db, session, release))}>{tSigning('releases.resign')}</Button> : null}
      </Space>
    );
  }
  if (!mayMake && !isMaking) return null;
  return (
    <Button size="small" icon={<FilePdfOutlined />} loading={isMaking} onClick={() => void run(() => makeDocument(db, session, release))}>
      {isMaking ? t('releases.generating') : t('releases.generate')}
    </Button>
  );
}

/** Says when documents are or will be made without a digital signature, and where to set one up. */
function SigningNote({ hasIdentity, hasUnsigned }: { readonly hasIdentity: boolean | undefined; readonly hasUnsigned: boolean }): ReactNode {
  const { t } = useTranslation(SIGNING);
  if (hasIdentity === undefined || (hasIdentity && !hasUnsigned)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={hasIdentity ? t('releases.unsignedHint') : t('releases.noIdentity')}
      description={hasIdentity ? null : <>{t('releases.noIdentityHint')} <Link to="/keys">{t('releases.toKeys')}</Link></>}
    />
  );
}

/** Every release of the batch (公示, 更正公示, 公告) with its snapshot and its PDF. */
export function ReleasesCard({ releases }: { readonly releases: readonly NoticeRelease[] }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const [viewing, setViewing] = useState<NoticeRelease | null>(null);
  const documents = useLiveQuery(() => db.documents.bulkGet(releases.map(documentIdOf)), [releases.map((r) => r.id).join()]);
  const hasIdentity = useHasSigningIdentity();
  return (
    <section aria-label={t('releases.title')}>
      <Card title={t('releases.title')}>
        <SigningNote hasIdentity={hasIdentity} hasUnsigned={documents?.some((d) => d !== undefined && !isSignedDocument(d)) === true} />
        <List
          locale={{ emptyText: t('releases.empty') }}
          dataSource={[...releases].reverse()}
          renderItem={(release) => {
            const document = documents?.[releases.indexOf(release)];
            return (
              <List.Item
                key={release.id}
                actions={[
                  <Button key="view" size="small" type="link" icon={<EyeOutlined />} onClick={() => setViewing(release)}>{t('releases.view')}</Button>,
                  <DocumentActions key="pdf" release={release} document={document} hasIdentity={hasIdentity === true} />,
                ]}
              >
                <Space size={12} wrap>
                  <Tag color={KIND_COLORS[release.kind]}>{t(`releases.kind.${release.kind}`)}</Tag>
                  <Typography.Text strong>{t('releases.revision', { revision: release.revision })}</Typography.Text>
                  <Typography.Text type="secondary">{t('releases.issuedOn', { date: release.issuedOn })}</Typography.Text>
                  <Typography.Text type="secondary">{t('releases.listed', { count: release.entries.length })}</Typography.Text>
                  {release.corrections.length > 0 ? <Typography.Text type="warning">{t('releases.corrections', { count: release.corrections.length })}</Typography.Text> : null}
                </Space>
              </List.Item>
            );
          }}
        />
        {viewing ? <ReleaseView release={viewing} onClose={() => setViewing(null)} /> : null}
      </Card>
    </section>
  );
}
