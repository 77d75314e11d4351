import { AuditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Menu, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BatchForm } from './batch-form';
import { useBatches } from './use-batches';
import { batchTitle } from './batch-label';

export function BatchNav(): ReactNode {
  const { t } = useTranslation();
  const batches = useBatches();
  const navigate = useNavigate();
  const { batchId } = useParams();
  const [isCreating, setIsCreating] = useState(false);
  return (
    <nav aria-label={t('nav.batches')} style={{ padding: '12px 0' }}>
      <div style={{ padding: '0 16px 12px' }}>
        <Button type="primary" block icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
          {t('nav.newBatch')}
        </Button>
      </div>
      {batches && batches.length === 0 ? <Empty description={t('nav.noBatches')} /> : null}
      <Menu
        mode="inline"
        selectedKeys={batchId ? [batchId] : []}
        onClick={({ key }) => navigate(`/batches/${key}`)}
        items={(batches ?? []).map((b) => ({
          key: b.id,
          label: (
            <span title={`${b.associationName} ${b.title}`}>
              {batchTitle(b)} <Tag style={{ marginInlineStart: 4 }}>{t(`batch.status.${b.status}`)}</Tag>
            </span>
          ),
        }))}
      />
      <div style={{ padding: '12px 16px' }}>
        <Button block icon={<AuditOutlined />} onClick={() => navigate('/audit')}>
          {t('nav.audit')}
        </Button>
      </div>
      {isCreating ? (
        <BatchForm
          onClose={(id) => {
            setIsCreating(false);
            if (id) navigate(`/batches/${id}`);
          }}
        />
      ) : null}
    </nav>
  );
}
