import { Card, Col, Empty, Row, Statistic } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Batch, DossierState } from '../../../shared/model';
import { db } from '../../db';
import { countByState, gradeDistribution } from '../../db/queries';
import { useStateLabel } from '../dossiers/state-label';
import { OVERVIEW } from './messages';

const SHOWN_STATES: readonly DossierState[] = ['applied', 'returned', 'screened', 'scoring', 'initial_grade', 'notice', 'objection', 'final', 'archived'];

/** Counts by workflow state and the grade distribution of one batch. */
export function BatchOverview({ batch, gradeOrder }: { batch: Batch; gradeOrder: readonly string[] }): ReactNode {
  const { t } = useTranslation();
  const { t: tOverview } = useTranslation(OVERVIEW);
  const stateLabel = useStateLabel();
  const counts = useLiveQuery(() => countByState(db, batch.id), [batch.id]);
  const distribution = useLiveQuery(() => gradeDistribution(db, batch.id), [batch.id]);
  const rank = (label: string): number => {
    const i = gradeOrder.findIndex((g) => label.startsWith(g) && !/^[A-Z]/.test(label.slice(g.length)));
    return i < 0 ? gradeOrder.length : i;
  };
  const chartData = [...(distribution?.grades ?? [])].sort((a, b) => rank(a.grade) - rank(b.grade) || a.grade.localeCompare(b.grade));
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card title={t('overview.byState')} size="small">
          <Row gutter={[8, 8]} role="list" aria-label={t('overview.byState')}>
            {SHOWN_STATES.map((state) => (
              <Col span={8} key={state} role="listitem">
                <Statistic title={stateLabel(state)} value={counts?.[state] ?? 0} />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('overview.gradeDistribution')} size="small">
          {distribution !== undefined && chartData.length === 0 ? (
            // No grade yet (a new batch): say so, rather than draw empty axes.
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ height: 200, margin: 0, paddingTop: 40 }} description={tOverview('noGrades')}>
              <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>{tOverview('noGradesHint')}</span>
            </Empty>
          ) : (
            <div role="img" aria-label={`${t('overview.gradeDistribution')}: ${chartData.map((d) => `${d.grade} ${d.count}`).join(', ')}`} style={{ height: 200 }}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={chartData}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="grade" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar dataKey="count" name={t('overview.count')} fill="#b71c1c" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </Card>
      </Col>
    </Row>
  );
}
