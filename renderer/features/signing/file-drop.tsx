// A file comes in by the host's open dialog (Electron) or the browser's picker, or dropped here.
import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fileTooLargeError } from '../../../shared/host/host-errors';
import { getBridge } from '../../bridge';
import { useLang } from '../review/action-errors';
import { SIGNING } from './messages';

export type FileFilter = { readonly name: string; readonly extensions: string[] };

export type FileDropProps = {
  /** The zone's accessible name, e.g. "PDF 文件". */
  readonly label: string;
  readonly filters: readonly FileFilter[];
  readonly maxBytes: number;
  readonly onFile: (name: string, bytes: Uint8Array) => unknown;
  readonly buttonLabel?: string;
  readonly isDisabled?: boolean;
  readonly isCompact?: boolean;
};

export function FileDrop({ label, filters, maxBytes, onFile, buttonLabel, isDisabled = false, isCompact = false }: FileDropProps): ReactNode {
  const { t } = useTranslation(SIGNING);
  const lang = useLang();
  const { message } = App.useApp();
  const [isOver, setIsOver] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const take = async (get: () => Promise<{ name: string; bytes: Uint8Array } | undefined>): Promise<void> => {
    setIsBusy(true);
    try {
      const file = await get();
      if (file) await onFile(file.name, file.bytes);
    } finally {
      setIsBusy(false);
    }
  };

  const choose = (): Promise<void> => take(async () => {
    const opened = await getBridge().openFile({ filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })), maxBytes });
    if (!opened.ok) { void message.error(opened.error[lang], 8); return undefined; }
    return opened.value.status === 'opened' ? { name: opened.value.name, bytes: opened.value.bytes } : undefined;
  });

  const drop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (!file || isDisabled) return;
    void take(async () => {
      if (file.size > maxBytes) { void message.error(fileTooLargeError(file.name, file.size, maxBytes)[lang], 8); return undefined; }
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    });
  };

  return (
    <div
      role="region"
      aria-label={label}
      onDragOver={(e) => { e.preventDefault(); setIsOver(true); }}
      onDragLeave={() => setIsOver(false)}
      onDrop={drop}
      style={{
        border: `1px dashed ${isOver ? '#b71c1c' : '#d9d9d9'}`,
        background: isOver ? '#fff1f0' : '#fafafa',
        borderRadius: 4,
        padding: isCompact ? '8px 12px' : '24px 16px',
        textAlign: 'center',
      }}
    >
      {isCompact ? null : <InboxOutlined style={{ fontSize: 36, color: '#b71c1c' }} />}
      <div style={{ marginTop: isCompact ? 0 : 8 }}>
        <Typography.Text type="secondary">{t('drop.hint')} </Typography.Text>
        <Button size={isCompact ? 'small' : 'middle'} disabled={isDisabled} loading={isBusy} onClick={() => void choose()}>{buttonLabel ?? t('drop.choose')}</Button>
      </div>
    </div>
  );
}
