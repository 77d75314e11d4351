import { NotificationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApproved, isExcluded } from '../../../shared/lifecycle/assessment';
import type { Batch } from '../../../shared/model';
import { noticePeriod } from '../../../shared/notice-period';
import { isAllowed, OPERATIONS } from '../../../shared/operations';
import { db } from '../../db';
import { noticeBlockers, startNotice, type NoticeResult } from '../../lifecycle';
import { useLang } from '../review/action-errors';
import { StateTag } from '../review/state-tag';
import { useModalAction } from '../review/use-modal-action';
import { useSession } from '../session/session';
import { DATE_FORMAT, toIsoDate } from './dates';
import { NOTICE } from './messages';

/** Who the notice will list (approved, not excluded) and who keeps it from starting. */
function useStartFacts(batchId: string): { listed: number; excluded: number; blockers: Awaited<ReturnType<typeof noticeBlockers>> } | undefined {
  return useLiveQuery(async () => {
    const [blockers, assessments] = await Promise.all([noticeBlockers(db, batchId), db.assessments.where('batchId').equals(batchId).toArray()]);
    const excluded = assessments.filter(isExcluded).length;
    const listed = assessments.filter((a) => !isExcluded(a) && isApproved(a)).length;
    return { listed, excluded, blockers };
  }, [batchId]);
}

/** 开始公示: the start date picked, the end and length computed from the batch's rule. */
export function StartNoticeCard({ batch, onStarted }: { readonly batch: Batch; readonly onStarted: (result: NoticeResult) => void }): ReactNode {
  const { t } = useTranslation(NOTICE);
  const lang = useLang();
  const session = useSession();
  const action = useModalAction();
  const facts = useStartFacts(batch.id);
  const [start, setStart] = useState<Dayjs | null>(null);
  const [issuedOn, setIssuedOn] = useState<Dayjs | null>(null);
  const [isCodeShown, setIsCodeShown] = useState(true);
  const period = start ? noticePeriod(toIsoDate(start), batch.noticeDays, batch.noticeDayType) : null;
  const canStart = isAllowed(session.role, OPERATIONS.startNotice) && period?.ok === true && facts !== undefined && facts.blockers.length === 0;
  const submit = async (): Promise<void> => {
    if (!start) return;
    const input = { start: toIsoDate(start), isCreditCodeShown: isCodeShown, ...(issuedOn ? { issuedOn: toIsoDate(issuedOn) } : {}) };
    const result = await action.run(() => startNotice(db, session, batch.id, input));
    if (result) onStarted(result);
  };
  return (
    <Card title={<Space><NotificationOutlined />{t('start.title')}</Space>}>
      <Form layout="vertical" style={{ maxWidth: 760 }}>
        <Space size="large" align="start" wrap>
          <Form.Item label={t('start.date')} htmlFor="notice-start" required>
            <DatePicker id="notice-start" format={DATE_FORMAT} value={start} onChange={(d) => { setStart(d); action.clearError(); }} placeholder={t('start.pickDate')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label={t('start.issuedOn')} htmlFor="notice-issued-on" extra={t('start.issuedOnHint')}>
            <DatePicker id="notice-issued-on" format={DATE_FORMAT} value={issuedOn} onChange={setIssuedOn} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Descriptions
          bordered
          size="small"
          column={2}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'end', label: t('start.end'), children: <span aria-label={t('start.end')}>{period?.ok ? period.value.end : '—'}</span> },
            { key: 'days', label: t('start.days'), children: t('start.daysValue', { days: batch.noticeDays, type: t(`start.dayType.${batch.noticeDayType}`) }) },
          ]}
        />
        {period && !period.ok ? <Alert type="error" showIcon title={period.error[lang]} style={{ marginBottom: 16 }} /> : null}
        <Form.Item style={{ marginBottom: 12 }}>
          <Checkbox checked={isCodeShown} onChange={(e) => setIsCodeShown(e.target.checked)}>{t('start.creditCode')}</Checkbox>
        </Form.Item>
      </Form>
      {facts && facts.blockers.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('start.blocked', { count: facts.blockers.length })}
          description={
            <>
              <ul className="xp-blockers">{facts.blockers.map((b) => <li key={b.dossierId}><Space size={8}>{b.enterpriseName}<StateTag state={b.state} /></Space></li>)}</ul>
              <Link to={`/batches/${batch.id}/review`}>{t('start.toReview')}</Link>
            </>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {action.error ? <Alert type="error" showIcon title={action.error} style={{ marginBottom: 16 }} /> : null}
      <Space size="large">
        <Button type="primary" size="large" disabled={!canStart} loading={action.isBusy} onClick={() => void submit()}>{t('start.ok')}</Button>
        {facts ? <Typography.Text type="secondary">{t('start.listing', { count: facts.listed })}</Typography.Text> : null}
        {facts && facts.excluded > 0 ? <Typography.Text type="secondary">{t('start.excluded', { count: facts.excluded })}</Typography.Text> : null}
      </Space>
    </Card>
  );
}
