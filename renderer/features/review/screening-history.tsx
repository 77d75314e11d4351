import { Drawer, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningRecord } from '../../../shared/lifecycle/types';
import { db } from '../../db';
import type { DossierRow } from '../../db/rows';
import { screeningHistory } from '../../lifecycle';
import { formatInstant } from '../scoring/format-time';
import { useLang } from './action-errors';
import { REVIEW } from './messages';

const COLORS: Readonly<Record<ScreeningRecord['outcome'], string>> = { passed: 'green', returned: 'red', resubmitted: '#1677ff' };

function EventBody({ event }: { readonly event: ScreeningRecord }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const lang = useLang();
  const missing = event.items.filter((i) => event.missingItemIds.includes(i.id)).map((i) => (lang === 'en' ? i.nameEn : i.name));
  const typed = event.reasons.filter((r) => !r.startsWith('缺少：'));
  return (
    <Space orientation="vertical" size={4}>
      <Space size={8} wrap>
        <Tag color={COLORS[event.outcome]}>{t(`history.outcome.${event.outcome}`)}</Tag>
        <Typography.Text type="secondary">{t('history.round', { round: event.round })}</Typography.Text>
        <Typography.Text type="secondary">{t('history.byAt', { by: event.by, at: formatInstant(event.at) })}</Typography.Text>
      </Space>
      {event.items.length > 0 ? <Typography.Text type="secondary">{t('history.checked', { present: event.items.filter((i) => i.isPresent).length, total: event.items.length })}</Typography.Text> : null}
      {missing.length > 0 ? <Typography.Text>{t('history.missing', { items: missing.join(lang === 'en' ? ', ' : '、') })}</Typography.Text> : null}
      {typed.length > 0 ? (
        <div>
          <Typography.Text>{t('history.reasons')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>{typed.map((r) => <li key={r}>{r}</li>)}</ul>
        </div>
      ) : null}
      {event.note ? <Typography.Text>{t('history.note', { note: event.note })}</Typography.Text> : null}
    </Space>
  );
}

/** Every first-review event of a dossier, oldest first: returns with their reasons, resubmissions, the pass. */
export function ScreeningHistoryDrawer({ dossier, onClose }: { readonly dossier: DossierRow; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const events = useLiveQuery(() => screeningHistory(db, dossier.id), [dossier.id]);
  return (
    <Drawer open size={520} title={t('history.title', { name: dossier.enterpriseName })} onClose={onClose} destroyOnHidden>
      {events && events.length === 0 ? <Empty description={t('history.empty')} /> : null}
      <Timeline items={(events ?? []).map((event) => ({ key: event.id, color: COLORS[event.outcome], content: <EventBody event={event} /> }))} />
    </Drawer>
  );
}
