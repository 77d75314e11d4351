import { defineMessages } from '../../i18n';

export const EXPORT_NS = defineMessages(
  'export',
  { button: '导出参评企业（XLSX）', saved: '已导出：{{path}}', failed: '导出失败' },
  { button: 'Export dossiers (XLSX)', saved: 'Exported: {{path}}', failed: 'Export failed' },
);
