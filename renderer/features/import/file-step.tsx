import { InboxOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../../shared/host/host-errors';
import { MAX_IMPORT_BYTES } from '../../../shared/import/limits';
import { IMPORT_NS } from './messages';
import type { ImportState } from './use-import';

type Props = { readonly state: ImportState; readonly onFile: (file: File) => void; readonly onCancel: () => void };

export function FileStep({ state, onFile, onCancel }: Props): ReactNode {
  const { t } = useTranslation(IMPORT_NS);
  if (state.busy) {
    return (
      <Space orientation="vertical" align="center" style={{ width: '100%', padding: 32 }}>
        <Typography.Text>{t('file.reading', { file: state.busy.file ?? '' })}</Typography.Text>
        <Progress percent={100} status="active" showInfo={false} style={{ width: 360 }} aria-label={t('progress.reading')} />
        <Button onClick={onCancel}>{t('actions.cancel')}</Button>
      </Space>
    );
  }
  return (
    <Upload.Dragger
      // 'native' keeps the OS dialog's filter but lets any dropped file through, so a .docx gets its message.
      accept={{ format: '.xlsx,.csv', filter: 'native' }}
      multiple={false}
      showUploadList={false}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('file.drop')}</p>
      <p className="ant-upload-hint">{t('file.hint', { limit: formatSize(MAX_IMPORT_BYTES) })}</p>
    </Upload.Dragger>
  );
}
