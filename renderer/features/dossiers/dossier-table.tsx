import { Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch } from '../../../shared/model';
import { db } from '../../db';
import { dossierPage } from '../../db/queries';
import { useStateLabel } from './state-label';

// Interim list; replaced by the virtualised @tanstack/react-table view (issue 3).
export function DossierTable({ batch }: { batch: Batch }): ReactNode {
  const { t } = useTranslation();
  const stateLabel = useStateLabel();
  const page = useLiveQuery(() => dossierPage(db, batch.id, { sort: { field: 'enterpriseName', dir: 'asc' }, offset: 0, limit: 200 }), [batch.id]);
  return (
    <Table
      size="small"
      rowKey="id"
      loading={!page}
      dataSource={page?.rows ?? []}
      pagination={false}
      columns={[
        { key: 'name', title: t('dossier.enterprise'), dataIndex: 'enterpriseName' },
        { key: 'code', title: t('dossier.creditCode'), dataIndex: 'creditCode' },
        { key: 'region', title: t('dossier.region'), dataIndex: 'region' },
        { key: 'state', title: t('dossier.state'), dataIndex: 'state', render: stateLabel },
        { key: 'score', title: t('dossier.score'), dataIndex: 'score' },
        { key: 'grade', title: t('dossier.grade'), dataIndex: 'grade' },
      ]}
    />
  );
}
