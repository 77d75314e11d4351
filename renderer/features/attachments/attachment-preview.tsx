import { Card, Empty, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentMeta } from '../../../shared/model';
import { db } from '../../db';
import { previewKind } from './attachment-policy';
import { ATTACHMENTS } from './messages';

const PREVIEW_HEIGHT = 640;

/** A blob: URL for the stored bytes, revoked when the preview goes away (attachments never change). */
function useAttachmentUrl(id: string): string | null | undefined {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let created: string | null = null;
    let isCurrent = true;
    db.attachments.get(id).then(
      (row) => {
        if (!isCurrent) return;
        created = row ? URL.createObjectURL(row.blob) : null;
        setUrl(created);
      },
      (error: unknown) => {
        console.error('attachment preview: could not read', id, error);
        if (isCurrent) setUrl(null);
      },
    );
    return () => {
      isCurrent = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [id]);
  return url;
}

/** Images as <img>, PDFs in Chromium's viewer (CSP: img-src and frame-src allow blob:). */
export function AttachmentPreview({ attachment }: { attachment: AttachmentMeta }): ReactNode {
  const { t } = useTranslation(ATTACHMENTS);
  const url = useAttachmentUrl(attachment.id);
  const kind = previewKind(attachment.mimeType);
  const label = t('previewOf', { name: attachment.name });
  const body = ((): ReactNode => {
    if (kind === null) return <Empty description={t('noPreview')} />;
    if (url === undefined) return <Spin />;
    if (url === null) return <Empty description={t('noPreview')} />;
    if (kind === 'image') return <img src={url} alt={label} style={{ display: 'block', maxWidth: '100%', maxHeight: PREVIEW_HEIGHT, margin: '0 auto' }} />;
    return <iframe src={url} title={label} style={{ width: '100%', height: PREVIEW_HEIGHT, border: 0 }} />;
  })();
  return (
    <Card size="small" title={attachment.name} styles={{ body: { background: '#fafafa', minHeight: 200 } }}>
      {body}
    </Card>
  );
}
