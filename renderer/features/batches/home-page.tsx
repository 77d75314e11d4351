import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBatches } from './use-batches';
import { batchFullTitle } from './batch-label';

export function HomePage(): ReactNode {
  const { t } = useTranslation();
  const batches = useBatches() ?? [];
  return (
    <section aria-label={t('nav.batches')}>
      <Typography.Title level={3}>{t('nav.batches')}</Typography.Title>
      <Row gutter={[16, 16]}>
        {batches.map((b) => (
          <Col key={b.id} xs={24} md={12} xl={8}>
            <Link to={`/batches/${b.id}`}>
              <Card hoverable title={batchFullTitle(b)}>
                <Statistic title={t('batch.status.' + b.status)} value={b.evaluationTypes.map((e) => t(`batch.evaluationType.${e}`)).join(' / ')} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </section>
  );
}
