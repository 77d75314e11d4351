import { Alert, Col, Row, Space, Statistic, Table, Tabs, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowStatus } from '../../../shared/import/plan';
import { IssueTable } from './issue-table';
import { IMPORT_NS } from './messages';
import type { ImportPreview } from './protocol';
import { WarningRows } from './warning-rows';

type Props = {
  readonly preview: ImportPreview;
  readonly selected: readonly number[];
  readonly onSelected: (rows: number[]) => void;
  readonly reason: string;
  readonly onReason: (reason: string) => void;
};

const STATUS_COLORS: Readonly<Record<RowStatus, string>> = { new: 'green', warning: 'gold', duplicate: 'orange', error: 'red' };

export function PreviewStep({ preview, ...acceptance }: Props): ReactNode {
  const { t } = useTranslation(IMPORT_NS);
  const { summary } = preview;
  const stats: readonly [string, number, string][] = [
    [t('preview.new'), summary.new, '#389e0d'],
    [t('preview.warning'), summary.warning, '#d48806'],
    [t('preview.duplicate'), summary.duplicate, '#d46b08'],
    [t('preview.error'), summary.error, '#cf1322'],
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={16} role="group" aria-label={t('steps.preview')}>
        {stats.map(([title, value, color]) => (
          <Col span={6} key={title}>
            <Statistic title={title} value={value} styles={{ content: { color } }} />
          </Col>
        ))}
      </Row>
      {preview.knownEnterprises > 0 ? <Alert type="info" showIcon title={t('preview.known', { count: preview.knownEnterprises })} /> : null}
      {summary.notice > 0 ? <Alert type="info" showIcon title={t('preview.notices', { count: summary.notice })} /> : null}
      {summary.new + summary.warning === 0 ? <Alert type="error" showIcon title={t('preview.nothing')} /> : null}
      {preview.warnings.length > 0 ? <WarningRows rows={preview.warnings} {...acceptance} /> : null}
      <Tabs
        items={[
          { key: 'issues', label: t('preview.issues', { count: preview.issues.length }), children: <IssueTable issues={preview.issues} /> },
          {
            key: 'rows', label: t('preview.rows', { count: preview.sample.length }),
            children: (
              <Table
                size="small"
                rowKey="row"
                pagination={false}
                dataSource={[...preview.sample]}
                scroll={{ y: 280 }}
                columns={[
                  { key: 'row', title: t('columns.row'), dataIndex: 'row', width: 64 },
                  { key: 'status', title: t('columns.status'), width: 90, render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`status.${r.status}`)}</Tag> },
                  { key: 'name', title: t('columns.name'), render: (_, r) => r.values.name },
                  { key: 'code', title: t('columns.code'), render: (_, r) => r.values.creditCode },
                  { key: 'region', title: t('columns.region'), width: 90, render: (_, r) => r.values.region },
                  { key: 'industry', title: t('columns.industry'), width: 110, render: (_, r) => r.values.industry },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}
