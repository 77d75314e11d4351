import { Card, Checkbox, Tag, Typography } from 'antd';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdjustmentItem, VetoItem } from '../../../shared/checklist';
import type { ScoreSheet } from '../../../shared/model';
import { adjustmentItem, entryOf } from '../../../shared/score-sheet';
import { SCORING } from './messages';
import { ScoreInput, scoreInputId } from './score-input';

type Named = { readonly name: string; readonly nameEn?: string | undefined };

function useName(): (item: Named) => string {
  const { i18n } = useTranslation();
  return (item) => (i18n.language === 'en' ? item.nameEn : undefined) ?? item.name;
}

type VetoProps = { readonly items: readonly VetoItem[]; readonly triggered: readonly string[]; readonly isLocked: boolean; readonly onToggle: (id: string, isTriggered: boolean) => void };

/** Veto and cap items as checkboxes (memoised: a score keystroke leaves them alone). */
export const VetoItems = memo(function VetoItems({ items, triggered, isLocked, onToggle }: VetoProps): ReactNode {
  const { t } = useTranslation(SCORING);
  const nameOf = useName();
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('vetoes')} className="xp-category">
      {items.map((item) => (
        <div key={item.id} className="xp-veto">
          <Checkbox checked={triggered.includes(item.id)} disabled={isLocked} onChange={(e) => onToggle(item.id, e.target.checked)}>
            {nameOf(item)}
          </Checkbox>
          <Tag color={item.effect.kind === 'disqualify' ? 'red' : 'orange'}>{item.effect.kind === 'disqualify' ? t('vetoDisqualify') : t('vetoCap', { grade: item.effect.grade })}</Tag>
          {item.description ? <Typography.Paragraph type="secondary" className="xp-veto-description">{item.description}</Typography.Paragraph> : null}
        </div>
      ))}
    </Card>
  );
});

type AdjustmentProps = {
  readonly items: readonly AdjustmentItem[];
  /** Where the (uncontrolled) point boxes start from; later edits do not need to flow back in. */
  readonly seed: ScoreSheet;
  readonly isLocked: boolean;
  readonly onScore: (id: string, score: number | null) => void;
  readonly onNext: (id: string) => void;
};

export const AdjustmentItems = memo(function AdjustmentItems({ items, seed, isLocked, onScore, onNext }: AdjustmentProps): ReactNode {
  const { t } = useTranslation(SCORING);
  const nameOf = useName();
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('adjustments')} className="xp-category">
      {items.map((item) => (
        <div key={item.id} className="xp-adjustment">
          <div>
            <Tag color={item.kind === 'bonus' ? 'green' : 'volcano'}>{item.kind === 'bonus' ? t('bonus') : t('penalty')}</Tag>
            <Typography.Text>{nameOf(item)}</Typography.Text>
            <Typography.Text type="secondary"> · {t('pointsRange', { max: item.maxPoints })}</Typography.Text>
            {item.description ? <Typography.Paragraph type="secondary" className="xp-veto-description">{item.description}</Typography.Paragraph> : null}
          </div>
          <ScoreInput
            inputId={scoreInputId(item.id)}
            item={adjustmentItem(item)}
            initial={entryOf(seed, item.id)?.score ?? null}
            label={t('pointsOf', { name: nameOf(item) })}
            isDisabled={isLocked}
            onCommit={(score) => onScore(item.id, score)}
            onEnter={() => onNext(item.id)}
          />
        </div>
      ))}
    </Card>
  );
});
