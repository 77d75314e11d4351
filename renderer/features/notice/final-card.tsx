import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../shared/model';
import type { NoticePeriod } from '../../../shared/notice-period';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import { finalBlockers, finaliseBatch, type FinalResult } from '../../lifecycle';
import { StateTag } from '../review/state-tag';
import { useModalAction } from '../review/use-modal-action';
import { useSession } from '../session/session';
import { DATE_FORMAT, toDayjs, toIsoDate } from './dates';
import { NOTICE } from './messages';
import { defaultFinalDate, localToday } from './notice-model';

type Props = { readonly batch: Batch; readonly period: NoticePeriod; readonly pendingCount: number; readonly onFinalised: (result: FinalResult) => void };

/** 终评: the day grades become final (after the period), what still blocks it, and the button. */
export function FinalCard({ batch, period, pendingCount, onFinalised }: Props): ReactNode {
  const { t } = useTranslation(NOTICE);
  const session = useSession();
  const action = useModalAction();
  const blockers = useLiveQuery(() => finalBlockers(db, batch.id), [batch.id]);
  const [finalOn, setFinalOn] = useState<Dayjs | null>(() => toDayjs(defaultFinalDate(period.end, localToday())));
  const isReady = blockers !== undefined && blockers.length === 0 && pendingCount === 0;
  const submit = async (): Promise<void> => {
    if (!finalOn) return;
    const result = await action.run(() => finaliseBatch(db, session, batch.id, { finalOn: toIsoDate(finalOn) }));
    if (result) onFinalised(result);
  };
  return (
    <Card title={<Space><SafetyCertificateOutlined />{t('final.title')}</Space>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {blockers && blockers.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('final.blocked')}
            description={<ul className="xp-blockers">{blockers.map((b) => <li key={b.dossierId}><Space size={8}><Typography.Text strong>{b.enterpriseName}</Typography.Text><StateTag state={b.state} /><Typography.Text type="secondary">{t(`final.reason.${b.reason}`)}</Typography.Text></Space></li>)}</ul>}
          />
        ) : null}
        {pendingCount > 0 ? <Alert type="warning" showIcon title={t('final.pending')} /> : null}
        {isReady ? <Alert type="success" showIcon title={t('final.ready')} /> : null}
        {localToday() <= period.end ? <Typography.Text type="secondary">{t('final.notOver', { end: period.end })}</Typography.Text> : null}
        <Form layout="inline">
          <Form.Item label={t('final.date')} htmlFor="final-on" extra={t('final.dateHint')}>
            <DatePicker id="final-on" format={DATE_FORMAT} value={finalOn} onChange={(d) => { setFinalOn(d); action.clearError(); }} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" disabled={!isReady || !finalOn || !isAllowed(session.role, OPERATIONS.finaliseBatch)} loading={action.isBusy} onClick={() => void submit()}>{t('final.ok')}</Button>
          </Form.Item>
        </Form>
        {action.error ? <Alert type="error" showIcon title={action.error} /> : null}
      </Space>
    </Card>
  );
}
