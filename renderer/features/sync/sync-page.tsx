import { WarningOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Result, Row, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { BatchTabs } from '../batches/batch-tabs';
import { useBatch } from '../batches/use-batches';
import { ConflictsDialog, useOpenConflictCount } from './conflicts-dialog';
import { FileCard } from './file-card';
import { HubSettings } from './hub-settings';
import { StatusCard } from './status-card';
import { SyncLog } from './sync-log';
import { useSyncWords } from './use-lang';
import { batchFullTitle } from '../batches/batch-label';

/** A batch's sync: status and upload, bundle files, conflicts, the log, and the hub settings. */
export function SyncPage(): ReactNode {
  const { t } = useSyncWords();
  const { batchId } = useParams();
  const batch = useBatch(batchId);
  const conflictCount = useOpenConflictCount(batchId ?? '');
  const [isDialogOpen, setIsDialogOpen] = useState(false);
  if (batch === undefined) return null;
  if (batch === null) return <Result status="404" title="404" subTitle={batchId} />;
  const openDialog = (): void => setIsDialogOpen(true);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {batchFullTitle(batch)}
      </Typography.Title>
      <BatchTabs batchId={batch.id} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <StatusCard batchId={batch.id} onPulled={() => conflictCount > 0 && openDialog()} />
            <FileCard batch={batch} onConflicts={openDialog} />
            <Card title={t('conflicts.title')} size="small">
              {conflictCount === 0 ? (
                <Typography.Text type="secondary">{t('conflicts.none')}</Typography.Text>
              ) : (
                <Badge count={conflictCount}>
                  <Button danger icon={<WarningOutlined />} onClick={openDialog}>
                    {t('conflicts.open', { count: conflictCount })}
                  </Button>
                </Badge>
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <HubSettings />
        </Col>
      </Row>
      <SyncLog batchId={batch.id} />
      <ConflictsDialog batchId={batch.id} isOpen={isDialogOpen} onClose={() => setIsDialogOpen(false)} />
    </Space>
  );
}
