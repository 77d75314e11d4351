import { Card, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { entryOf, type EntryPatch } from '../../../shared/score-sheet';
import { IndicatorCard, type EvidenceOption } from './indicator-card';
import { SCORING } from './messages';
import { AdjustmentItems, VetoItems } from './veto-adjustments';

export type SheetBodyProps = {
  readonly list: Checklist;
  readonly sheet: ScoreSheet;
  /** The sheet the editor started from (uncontrolled inputs start from it). */
  readonly seed: ScoreSheet;
  readonly isLocked: boolean;
  readonly evidenceOptions: readonly EvidenceOption[];
  readonly problemIds: ReadonlySet<string>;
  readonly onPatch: (itemId: string, patch: EntryPatch) => void;
  readonly onVeto: (vetoId: string, isTriggered: boolean) => void;
  /** Enter on an item: focus the one after it. */
  readonly onNext: (itemId: string) => void;
};

/** The checklist as a form: categories of indicators, then veto items, then bonus / penalty items. */
export function SheetBody({ list, sheet, seed, isLocked, evidenceOptions, problemIds, onPatch, onVeto, onNext }: SheetBodyProps): ReactNode {
  const { t, i18n } = useTranslation(SCORING);
  const isEnglish = i18n.language === 'en';
  const onScore = useCallback((id: string, score: number | null) => onPatch(id, { score }), [onPatch]);
  return (
    <div className={isLocked ? 'xp-sheet xp-sheet-locked' : 'xp-sheet'}>
      {list.categories.map((category, c) => (
        <Card
          key={category.id}
          size="small"
          className="xp-category"
          title={`${c + 1}. ${(isEnglish ? category.nameEn : undefined) ?? category.name}`}
          extra={<Typography.Text type="secondary">{t('categoryWeight', { weight: category.weight })}</Typography.Text>}
        >
          {category.indicators.map((indicator, i) => (
            <IndicatorCard
              key={indicator.id}
              number={`${c + 1}.${i + 1}`}
              indicator={indicator}
              entry={entryOf(sheet, indicator.id)}
              evidenceOptions={evidenceOptions}
              isLocked={isLocked}
              hasProblem={problemIds.has(indicator.id)}
              onPatch={onPatch}
              onNext={onNext}
            />
          ))}
        </Card>
      ))}
      <VetoItems items={list.vetoItems} triggered={sheet.triggeredVetoIds} isLocked={isLocked} onToggle={onVeto} />
      <AdjustmentItems items={list.adjustments} seed={seed} isLocked={isLocked} onScore={onScore} onNext={onNext} />
    </div>
  );
}
