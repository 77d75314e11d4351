import { Checkbox, Input, Select, Space, Tag, Typography } from 'antd';
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/checklist';
import type { IndicatorScore } from '../../../shared/model';
import { indicatorItem, type EntryPatch } from '../../../shared/score-sheet';
import { LevelGuidance } from './level-guidance';
import { SCORING } from './messages';
import { ScoreInput, scoreInputId } from './score-input';

export type EvidenceOption = { readonly value: string; readonly label: string };

type Props = {
  readonly number: string;
  readonly indicator: Indicator;
  readonly entry: IndicatorScore | undefined;
  readonly evidenceOptions: readonly EvidenceOption[];
  readonly isLocked: boolean;
  readonly hasProblem: boolean;
  readonly onPatch: (itemId: string, patch: EntryPatch) => void;
  readonly onNext: (itemId: string) => void;
};

/** One indicator; memoised, so a keystroke re-renders only the indicator it changed (props must be stable). */
export const IndicatorCard = memo(function IndicatorCard({ number, indicator, entry, evidenceOptions, isLocked, hasProblem, onPatch: patchItem, onNext: nextItem }: Props): ReactNode {
  const { t, i18n } = useTranslation(SCORING);
  const name = (i18n.language === 'en' ? indicator.nameEn : undefined) ?? indicator.name;
  const isNotApplicable = entry?.isNotApplicable === true;
  const onPatch = (patch: EntryPatch): void => patchItem(indicator.id, patch);
  const onNext = (): void => nextItem(indicator.id);
  const needed = indicator.requiredEvidence.length;
  const given = entry?.evidenceIds?.length ?? 0;
  const onEnter = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onNext();
  };

  return (
    <section className={hasProblem ? 'xp-indicator xp-indicator-problem' : 'xp-indicator'} aria-label={name} data-indicator={indicator.id}>
      <div className="xp-indicator-head">
        <div className="xp-indicator-title">
          <Typography.Text type="secondary" className="xp-indicator-number">{number}</Typography.Text>
          <Typography.Text strong>{name}</Typography.Text>
          {indicator.isKey ? <Tag color="gold">{t('key')}</Tag> : null}
          <Typography.Text type="secondary">{t('max', { max: indicatorItem(indicator).max })}</Typography.Text>
        </div>
        <Space align="start" size="middle">
          <ScoreInput
            key={isNotApplicable ? 'na' : 'score'}
            inputId={scoreInputId(indicator.id)}
            item={indicatorItem(indicator)}
            initial={entry?.score ?? null}
            label={t('scoreOf', { name })}
            isDisabled={isLocked || isNotApplicable}
            onCommit={(score) => onPatch({ score })}
            onEnter={onNext}
          />
          {indicator.isNotApplicableAllowed ? (
            <span onKeyDown={onEnter} className="xp-na">
              <Checkbox checked={isNotApplicable} disabled={isLocked} aria-label={t('naOf', { name })} onChange={(e) => onPatch({ isNotApplicable: e.target.checked })}>
                {t('na')}
              </Checkbox>
            </span>
          ) : null}
        </Space>
      </div>
      <LevelGuidance levels={indicator.levels} score={entry?.score ?? null} />
      <div className="xp-indicator-extra">
        <Input
          aria-label={t('commentOf', { name })}
          placeholder={t('commentPlaceholder')}
          defaultValue={entry?.comment ?? ''}
          disabled={isLocked}
          maxLength={500}
          onChange={(e) => onPatch({ comment: e.target.value })}
          onKeyDown={onEnter}
        />
        {/* rc-select toggles the active option on Tab; a keyboard user pressing Tab means "move on" */}
        <div onKeyDownCapture={(event) => event.key === 'Tab' && event.stopPropagation()}>
          <Select<string[]>
            mode="multiple"
            aria-label={t('evidenceOf', { name })}
            placeholder={evidenceOptions.length > 0 ? t('evidencePlaceholder') : t('noAttachments')}
            value={[...(entry?.evidenceIds ?? [])]}
            options={[...evidenceOptions]}
            disabled={isLocked || evidenceOptions.length === 0}
            optionFilterProp="label"
            maxTagCount="responsive"
            onChange={(evidenceIds) => onPatch({ evidenceIds })}
            style={{ width: '100%' }}
          />
        </div>
      </div>
      {needed > 0 ? (
        <div className="xp-evidence-needed">
          <Typography.Text type="secondary">{t('evidenceNeeded', { items: indicator.requiredEvidence.join('、') })}</Typography.Text>
          <Tag color={isNotApplicable ? 'default' : given >= needed ? 'success' : 'warning'}>{t('evidenceCount', { given, needed })}</Tag>
        </div>
      ) : null}
    </section>
  );
});
