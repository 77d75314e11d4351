import { Button, Card, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../shared/lifecycle/types';
import type { Batch } from '../../../shared/model';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import { certificatesFor } from '../../lifecycle';
import { formatInstant } from '../scoring/format-time';
import { useSession } from '../session/session';
import { CertificateChange } from './certificate-change';
import { NOTICE } from './messages';

const STATUS_COLORS = { valid: 'green', downgraded: 'orange', revoked: 'default' } as const;

function History({ certificate }: { readonly certificate: Certificate }): ReactNode {
  const { t } = useTranslation(NOTICE);
  return (
    <Timeline
      style={{ margin: '8px 0 -16px 24px' }}
      items={certificate.history.map((e) => ({
        key: `${e.kind}-${e.at}`,
        color: e.kind === 'issued' ? 'green' : e.kind === 'revoked' ? 'gray' : 'orange',
        content: (
          <Typography.Text>
            {e.on} {t(`certificates.event.${e.kind}`)} · {e.grade} · <span className="xp-num">{e.number}</span>
            {e.reason ? `（${e.reason}）` : ''} <Typography.Text type="secondary">{e.by} {formatInstant(e.at)}</Typography.Text>
          </Typography.Text>
        ),
      }))}
    />
  );
}

/** The batch's certificates: 15-digit numbers, validity, annual reviews due, and later changes. */
export function CertificatesCard({ batch }: { readonly batch: Batch }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const certificates = useLiveQuery(() => certificatesFor(db, batch.id), [batch.id]);
  const [changing, setChanging] = useState<{ certificate: Certificate; kind: 'downgrade' | 'revoke' } | null>(null);
  const canChange = isAllowed(session.role, OPERATIONS.downgradeCertificate);
  return (
    <Card title={t('certificates.title')}>
      <Table<Certificate>
        size="small"
        rowKey="id"
        pagination={false}
        aria-label={t('certificates.title')}
        loading={certificates === undefined}
        locale={{ emptyText: t('certificates.empty') }}
        dataSource={certificates ?? []}
        expandable={{ expandedRowRender: (c) => <History certificate={c} />, rowExpandable: () => true }}
        columns={[
          { key: 'number', title: t('certificates.number'), width: 200, render: (_, c) => <Typography.Text copyable className="xp-num" style={{ fontFamily: 'ui-monospace, Consolas, monospace' }}>{c.number}</Typography.Text> },
          { key: 'enterprise', title: t('certificates.enterprise'), render: (_, c) => c.enterpriseName },
          { key: 'grade', title: t('certificates.grade'), width: 80, render: (_, c) => <Tag color="red">{c.grade}</Tag> },
          { key: 'status', title: t('certificates.status'), width: 90, render: (_, c) => <Tag color={STATUS_COLORS[c.status]}>{t(`certificates.statuses.${c.status}`)}</Tag> },
          { key: 'validity', title: t('certificates.validity'), width: 210, render: (_, c) => `${c.validFrom} ~ ${c.validTo}` },
          { key: 'reviews', title: t('certificates.reviews'), width: 150, render: (_, c) => <Space orientation="vertical" size={0}>{c.reviewDueDates.map((d) => <span key={d}>{t('certificates.due', { date: d })}</span>)}</Space> },
          {
            key: 'actions',
            title: t('certificates.actions'),
            width: 120,
            render: (_, c) =>
              canChange && c.status !== 'revoked' ? (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setChanging({ certificate: c, kind: 'downgrade' })}>{t('certificates.downgrade')}</Button>
                  <Button type="link" size="small" danger onClick={() => setChanging({ certificate: c, kind: 'revoke' })}>{t('certificates.revoke')}</Button>
                </Space>
              ) : null,
          },
        ]}
      />
      {changing ? <CertificateChange batch={batch} certificate={changing.certificate} kind={changing.kind} onClose={() => setChanging(null)} /> : null}
    </Card>
  );
}
