import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { SYNC_NS } from '../sync/messages';

const SECTIONS = ['', 'review', 'notice', 'sync'] as const;
const LABEL_KEYS = { '': 'nav.dossiers', review: 'nav.review', notice: 'nav.notice', sync: `${SYNC_NS}:tab` } as const;

/** The batch's work areas: dossiers, review & grading, notice & final, sync. */
export function BatchTabs({ batchId }: { batchId: string }): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = `/batches/${batchId}`;
  const active = SECTIONS.find((s) => s !== '' && pathname.startsWith(`${base}/${s}`)) ?? '';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(key ? `${base}/${key}` : base)}
      items={SECTIONS.map((s) => ({ key: s, label: t(LABEL_KEYS[s]) }))}
      style={{ marginBottom: 0 }}
    />
  );
}
