import { DownloadOutlined, EyeOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { XinpingError } from '../../../shared/errors';
import type { NoticeRelease, ReleaseKind } from '../../../shared/lifecycle/types';
import type { StoredDocument } from '../../../shared/model';
import { isAllowed, OPERATIONS, type Operation } from '../../../shared/operations';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { useRunAction } from '../review/action-errors';
import { useSession } from '../session/session';
import { makeDocument, useRunningDocuments } from './document-jobs';
import { NOTICE } from './messages';
import { documentIdOf, isSignedDocument } from './document-ids';
import { ReleaseView } from './release-view';

const KIND_COLORS: Readonly<Record<ReleaseKind, string>> = { notice: 'purple', correction: 'orange', announcement: 'green' };
const MAKES: Readonly<Record<ReleaseKind, Operation>> = { notice: OPERATIONS.startNotice, correction: OPERATIONS.issueCorrectedNotice, announcement: OPERATIONS.finaliseBatch };

function DocumentActions({ release, document }: { readonly release: NoticeRelease; readonly document: StoredDocument | undefined }): ReactNode {
  const { t } = useTranslation(NOTICE);
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
  if (document) {
    return (
      <Space size={4}>
        <Tag color={isSignedDocument(document) ? 'green' : 'default'}>{isSignedDocument(document) ? t('releases.signed') : t('releases.unsigned')}</Tag>
        <Button size="small" icon={<DownloadOutlined />} onClick={() => void save(document)}>{t('releases.pdf')}</Button>
        <Button size="small" icon={<PrinterOutlined />} onClick={() => void print(document)}>{t('releases.print')}</Button>
      </Space>
    );
  }
  if (!isAllowed(session.role, MAKES[release.kind]) && !isMaking) return null;
  return (
    <Button size="small" icon={<FilePdfOutlined />} loading={isMaking} onClick={() => void run(() => makeDocument(db, session, release))}>
      {isMaking ? t('releases.generating') : t('releases.generate')}
    </Button>
  );
}

/** Every release of the batch (公示, 更正公示, 公告) with its snapshot and its PDF. */
export function ReleasesCard({ releases }: { readonly releases: readonly NoticeRelease[] }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const [viewing, setViewing] = useState<NoticeRelease | null>(null);
  const documents = useLiveQuery(() => db.documents.bulkGet(releases.map(documentIdOf)), [releases.map((r) => r.id).join()]);
  return (
    <section aria-label={t('releases.title')}>
      <Card title={t('releases.title')}>
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
                  <DocumentActions key="pdf" release={release} document={document} />,
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
