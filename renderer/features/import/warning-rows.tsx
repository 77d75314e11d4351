import { Alert, Input, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_NS } from './messages';
import type { PreviewRow } from './protocol';

type Props = {
  readonly rows: readonly PreviewRow[];
  readonly selected: readonly number[];
  readonly onSelected: (rows: number[]) => void;
  readonly reason: string;
  readonly onReason: (reason: string) => void;
};

/** Checksum-warning rows: the staff member ticks the verified ones and says why. */
export function WarningRows({ rows, selected, onSelected, reason, onReason }: Props): ReactNode {
  const { t } = useTranslation(IMPORT_NS);
  const isReasonMissing = selected.length > 0 && reason.trim() === '';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={t('preview.warningsTitle', { count: rows.length })} description={t('preview.warningsHelp')} />
      <Table
        size="small"
        rowKey="row"
        dataSource={[...rows]}
        pagination={{ pageSize: 5, hideOnSinglePage: true, showSizeChanger: false }}
        rowSelection={{ selectedRowKeys: [...selected], onChange: (keys) => onSelected(keys.map(Number)) }}
        columns={[
          { key: 'row', title: t('columns.row'), dataIndex: 'row', width: 64 },
          { key: 'name', title: t('columns.name'), render: (_, r) => r.values.name },
          { key: 'code', title: t('columns.code'), render: (_, r) => <Typography.Text code>{r.values.creditCode}</Typography.Text> },
        ]}
      />
      <Typography.Text strong>{t('preview.reason')}</Typography.Text>
      <Input
        aria-label={t('preview.reason')}
        placeholder={t('preview.reasonPlaceholder')}
        value={reason}
        status={isReasonMissing ? 'error' : undefined}
        onChange={(e) => onReason(e.target.value)}
        disabled={selected.length === 0}
      />
      {isReasonMissing ? <Typography.Text type="danger">{t('preview.reasonRequired')}</Typography.Text> : null}
    </Space>
  );
}
