import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/model';
import { AUDIT } from './messages';

function Json({ value }: { readonly value: unknown }): ReactNode {
  const { t } = useTranslation(AUDIT);
  if (value === null || value === undefined) return <Typography.Text type="secondary">{t('none')}</Typography.Text>;
  return <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12, background: '#fafafa', padding: 8, borderRadius: 4 }}>{JSON.stringify(value, null, 2)}</pre>;
}

/** Before and after of one entry, side by side, plus the hashes that chain it. */
export function ChangeView({ entry }: { readonly entry: AuditEntry }): ReactNode {
  const { t } = useTranslation(AUDIT);
  return (
    <div>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 16 }}>
        <div><Typography.Text strong>{t('before')}</Typography.Text><Json value={entry.before} /></div>
        <div><Typography.Text strong>{t('after')}</Typography.Text><Json value={entry.after} /></div>
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12, fontFamily: 'ui-monospace, Consolas, monospace' }}>
        prev {entry.prevHash}<br />hash {entry.hash}
      </Typography.Paragraph>
    </div>
  );
}
