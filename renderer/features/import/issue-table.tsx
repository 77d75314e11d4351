import { Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, IssueKind } from '../../../shared/import/issues';
import { IMPORT_NS } from './messages';

const KIND_COLORS: Readonly<Record<IssueKind, string>> = { error: 'red', duplicate: 'orange', warning: 'gold', notice: 'blue' };

/** Every problem of the dry run: row and column as the spreadsheet shows them, the field, why. */
export function IssueTable({ issues }: { readonly issues: readonly ImportIssue[] }): ReactNode {
  const { t, i18n } = useTranslation(IMPORT_NS);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Table
      size="small"
      aria-label={t('preview.issues', { count: issues.length })}
      rowKey={(_, i) => String(i)}
      dataSource={[...issues]}
      locale={{ emptyText: t('preview.noIssues') }}
      pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        { key: 'row', title: t('columns.row'), width: 64, render: (_, issue) => issue.at?.row ?? '' },
        { key: 'column', title: t('columns.column'), width: 48, dataIndex: 'column' },
        { key: 'field', title: t('columns.field'), width: 140, render: (_, issue) => issue.at?.field ?? '' },
        { key: 'kind', title: t('columns.kind'), width: 100, render: (_, issue) => <Tag color={KIND_COLORS[issue.kind]}>{t(`kinds.${issue.kind}`)}</Tag> },
        { key: 'problem', title: t('columns.problem'), render: (_, issue) => issue[lang] },
      ]}
    />
  );
}
