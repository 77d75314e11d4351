import { DeleteOutlined, DownloadOutlined, EyeOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../../shared/host/host-errors';
import type { AttachmentMeta } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { getBridge } from '../../bridge';
import { db } from '../../db';
import { formatInstant } from '../scoring/format-time';
import { useSession } from '../session/session';
import { previewKind } from './attachment-policy';
import { removeAttachment } from './attachment-writes';
import { ATTACHMENTS } from './messages';
import './attachments.css';

type Props = {
  readonly attachments: readonly AttachmentMeta[];
  readonly selectedId: string | undefined;
  readonly onSelect: (id: string) => void;
};

function KindIcon({ mimeType }: { mimeType: string }): ReactNode {
  const kind = previewKind(mimeType);
  if (kind === 'pdf') return <FilePdfOutlined style={{ color: '#cf1322' }} />;
  if (kind === 'image') return <FileImageOutlined style={{ color: '#1677ff' }} />;
  return <FileOutlined />;
}

export function AttachmentTable({ attachments, selectedId, onSelect }: Props): ReactNode {
  const { t, i18n } = useTranslation(ATTACHMENTS);
  const { message } = App.useApp();
  const session = useSession();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const canRemove = isAllowed(session.role, OPERATIONS.removeAttachment);

  const download = async (attachment: AttachmentMeta): Promise<void> => {
    const row = await db.attachments.get(attachment.id);
    if (!row) return;
    const result = await getBridge().saveFile({ suggestedName: attachment.name, bytes: new Uint8Array(await row.blob.arrayBuffer()), filters: [] });
    if (!result.ok) void message.error(result.error[lang]);
  };
  const remove = (attachment: AttachmentMeta): Promise<void> =>
    removeAttachment(db, session, attachment).then(
      () => void message.success(t('removed', { name: attachment.name })),
      () => undefined, // the shell shows the refusal or failure
    );

  return (
    <Table<AttachmentMeta>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...attachments]}
      locale={{ emptyText: t('empty') }}
      rowClassName={(row) => (row.id === selectedId ? 'xp-row-selected' : '')}
      onRow={(row) => ({ onClick: () => onSelect(row.id) })}
      columns={[
        {
          key: 'name',
          title: t('name'),
          render: (_, row) => (
            <div className="xp-attachment-name">
              <Space size={6}>
                <KindIcon mimeType={row.mimeType} />
                <Typography.Text strong={row.id === selectedId} ellipsis={{ tooltip: row.name }}>{row.name}</Typography.Text>
              </Space>
              <Typography.Text type="secondary" className="xp-attachment-meta">
                {formatSize(row.size)} · {formatInstant(row.addedAt)} · <span className="xp-hash" title={t('hash', { hash: row.sha256 })}>SHA-256 {row.sha256.slice(0, 8)}</span>
              </Typography.Text>
            </div>
          ),
        },
        {
          key: 'actions',
          title: t('actions'),
          width: 112,
          render: (_, row) => (
            <Space size={0} onClick={(e) => e.stopPropagation()}>
              <Tooltip title={t('preview')}><Button type="text" size="small" aria-label={`${t('preview')} ${row.name}`} icon={<EyeOutlined />} onClick={() => onSelect(row.id)} /></Tooltip>
              <Tooltip title={t('download')}><Button type="text" size="small" aria-label={`${t('download')} ${row.name}`} icon={<DownloadOutlined />} onClick={() => void download(row)} /></Tooltip>
              {canRemove ? (
                <Popconfirm title={t('removeConfirm', { name: row.name })} okText={t('removeOk')} cancelText={t('cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove(row)}>
                  <Button type="text" size="small" danger aria-label={`${t('remove')} ${row.name}`} icon={<DeleteOutlined />} />
                </Popconfirm>
              ) : (
                <Tooltip title={t('removeNeedsStaff')}><Button type="text" size="small" disabled aria-label={`${t('remove')} ${row.name}`} icon={<DeleteOutlined />} /></Tooltip>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
