import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Spin, Typography, Upload } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../../../shared/errors';
import { formatSize } from '../../../shared/host/host-errors';
import type { AttachmentMeta } from '../../../shared/model';
import { db } from '../../db';
import { useSession } from '../session/session';
import { AttachmentPreview } from './attachment-preview';
import { AttachmentTable } from './attachment-table';
import { ATTACHMENT_MAX_BYTES } from './attachment-policy';
import { addAttachment } from './attachment-writes';
import { ATTACHMENTS } from './messages';

/** 附件: drop or choose files, see them listed, preview images and PDFs beside the list. */
export function AttachmentPanel({ dossierId, isActive = true }: { dossierId: string; isActive?: boolean }): ReactNode {
  const { t, i18n } = useTranslation(ATTACHMENTS);
  const { message } = App.useApp();
  const session = useSession();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const rows = useLiveQuery(() => db.attachments.where('dossierId').equals(dossierId).sortBy('addedAt'), [dossierId]);
  const attachments: AttachmentMeta[] = (rows ?? []).map(({ blob: _blob, ...meta }) => meta);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [refused, setRefused] = useState<readonly UserError[]>([]);
  const [pending, setPending] = useState(0);
  const selected = attachments.find((a) => a.id === selectedId) ?? attachments.at(-1);

  const add = async (file: File): Promise<void> => {
    setPending((n) => n + 1);
    try {
      const result = await addAttachment(db, session, dossierId, file);
      const { added, refused: why } = result;
      if (why) setRefused((list) => [...list, why]);
      if (added) {
        setSelectedId(added.id);
        void message.success(t('added', { name: added.name }));
      }
    } catch {
      // write() already told the user (the shell shows every failed write)
    } finally {
      setPending((n) => n - 1);
    }
  };

  return (
    <div className="xp-attachments">
      <Upload.Dragger
        multiple
        showUploadList={false}
        aria-label={t('dropLabel')}
        beforeUpload={(file) => {
          void add(file);
          return Upload.LIST_IGNORE; // kept in IndexedDB, never uploaded anywhere
        }}
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p className="ant-upload-text">{t('drop')}</p>
        <p className="ant-upload-hint">{t('dropHint', { limit: formatSize(ATTACHMENT_MAX_BYTES) })}</p>
      </Upload.Dragger>
      {refused.length > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: () => setRefused([]) }}
          title={t('refusedTitle')}
          description={<ul className="xp-refused">{refused.map((e, i) => <li key={i}>{e[lang]}</li>)}</ul>}
          style={{ marginTop: 12 }}
        />
      ) : null}
      <Spin spinning={rows === undefined || pending > 0}>
        <div className="xp-attachments-body">
          <div>
            <Typography.Text type="secondary">{t('count', { count: attachments.length })}</Typography.Text>
            <AttachmentTable attachments={attachments} selectedId={selected?.id} onSelect={setSelectedId} />
          </div>
          {/* A hidden tab keeps no PDF viewer running: it costs a process and CPU while the reviewer scores. */}
          {selected && isActive ? <AttachmentPreview key={selected.id} attachment={selected} /> : <div className="xp-preview-empty">{t('pickToPreview')}</div>}
        </div>
      </Spin>
    </div>
  );
}
