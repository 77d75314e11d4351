import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../../../shared/errors';
import type { Batch } from '../../../shared/model';
import { getBridge } from '../../bridge';
import { createWorkerClient } from '../import/worker-client';
import { EXPORT_NS } from './messages';

/** Every dossier of the batch to XLSX, built in the import worker, saved through the host bridge. */
export function ExportButton({ batch }: { readonly batch: Batch }): ReactNode {
  const { t, i18n } = useTranslation(EXPORT_NS);
  const { message, notification } = App.useApp();
  const [isBusy, setIsBusy] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const showError = (error: UserError): void => {
    notification.error({ title: t('failed'), description: error[lang], duration: 0 });
  };

  const run = async (): Promise<void> => {
    setIsBusy(true);
    const client = createWorkerClient();
    try {
      const reply = await client.request({ type: 'export', batchId: batch.id });
      if (reply.type === 'failed') return showError(reply.error);
      if (reply.type !== 'file') return;
      const saved = await getBridge().saveFile({ suggestedName: reply.fileName, bytes: reply.bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (!saved.ok) return showError(saved.error);
      if (saved.value.status === 'saved') void message.success(t('saved', { path: saved.value.path }));
    } finally {
      client.terminate();
      setIsBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined />} loading={isBusy} onClick={() => void run()}>
      {t('button')}
    </Button>
  );
}
