import { ArrowRightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import { noticeBlockers } from '../../lifecycle';
import { REVIEW } from './messages';
import { StateTag } from './state-tag';

/** 进入公示: open only when every dossier is approved or excluded; otherwise the blockers, by enterprise. */
export function NoticeGate({ batch }: { readonly batch: Batch }): ReactNode {
  const { t } = useTranslation(REVIEW);
  const navigate = useNavigate();
  const blockers = useLiveQuery(() => (batch.status === 'open' ? noticeBlockers(db, batch.id) : Promise.resolve([])), [batch.id, batch.status]);
  const open = (): void => void navigate(`/batches/${batch.id}/notice`);
  if (batch.status !== 'open') {
    return (
      <Card size="small">
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text>{batch.status === 'notice' ? t('gate.inNotice') : t('gate.final')}</Typography.Text>
          <Button icon={<ArrowRightOutlined />} onClick={open}>{t('gate.open')}</Button>
        </Space>
      </Card>
    );
  }
  const isReady = blockers !== undefined && blockers.length === 0;
  return (
    <Card size="small" title={<Space><SafetyCertificateOutlined />{t('gate.title')}</Space>} extra={<Button type="primary" disabled={!isReady} onClick={open}>{t('gate.go')}</Button>}>
      {blockers === undefined ? null : isReady ? (
        <Alert type="success" showIcon title={t('gate.ready')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('gate.blocked', { count: blockers.length })}
          description={
            <ul className="xp-blockers" aria-label={t('gate.title')}>
              {blockers.map((b) => (
                <li key={b.dossierId}>
                  <Space size={8}>
                    <Typography.Text strong>{b.enterpriseName}</Typography.Text>
                    <StateTag state={b.state} />
                    <Typography.Text type="secondary">{t(`gate.reason.${b.reason}`)}</Typography.Text>
                  </Space>
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
