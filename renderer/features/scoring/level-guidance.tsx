import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelGuidance as Level } from '../../../shared/checklist';
import { SCORING } from './messages';

/** What earns each level (5 / 3 / 1 …); the level the current score matches is highlighted. */
export function LevelGuidance({ levels, score }: { levels: readonly Level[]; score: number | null }): ReactNode {
  const { t, i18n } = useTranslation(SCORING);
  const isEnglish = i18n.language === 'en';
  if (levels.length === 0) return null;
  return (
    <ul className="xp-levels">
      {[...levels]
        .sort((a, b) => b.score - a.score)
        .map((level) => (
          <li key={level.score} className={level.score === score ? 'xp-level xp-level-match' : 'xp-level'}>
            <span className="xp-level-score">{t('points', { score: level.score })}</span>
            <span>{(isEnglish ? level.descriptionEn : undefined) ?? level.description}</span>
          </li>
        ))}
    </ul>
  );
}
