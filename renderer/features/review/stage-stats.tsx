import { Card, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW } from './messages';
import type { StageCounts } from './use-review-data';

const ORDER: readonly (keyof StageCounts)[] = ['applied', 'returned', 'screened', 'scoring', 'grading', 'approved', 'excluded'];

/** How many dossiers wait at each step of 初审 → 测评 → 初评. */
export function StageStats({ counts }: { readonly counts: StageCounts | undefined }): ReactNode {
  const { t } = useTranslation(REVIEW);
  return (
    <div className="xp-review-stats" role="group" aria-label={t('stats.label')}>
      {ORDER.map((key) => (
        <Card key={key} size="small">
          <Statistic title={t(`stats.${key}`)} value={counts?.[key] ?? 0} />
        </Card>
      ))}
    </div>
  );
}
