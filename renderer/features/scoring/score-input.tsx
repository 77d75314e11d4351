import { InputNumber, Typography } from 'antd';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserError } from '../../../shared/errors';
import { parseScoreInput, type ScoredItem } from '../../../shared/score-sheet';

type Props = {
  readonly inputId: string;
  readonly item: ScoredItem;
  readonly initial: number | null;
  readonly label: string;
  readonly isDisabled: boolean;
  readonly onCommit: (value: number | null) => void;
  /** Enter on a valid score: move on (the next indicator, or Submit). */
  readonly onEnter: () => void;
};

/** The DOM id of an item's score box; the keyboard chain finds inputs by it. */
export function scoreInputId(itemId: string): string {
  return `score-${itemId}`;
}

/** Focuses a score box with its text selected, so the next number key replaces it. */
export function focusInput(id: string): boolean {
  const input = document.getElementById(id);
  if (!(input instanceof HTMLInputElement) || input.disabled) return false;
  input.focus();
  input.select();
  return true;
}

/**
 * A score box bounded 0…max. Typed text is parsed by parseScoreInput: out-of-range or malformed
 * input is shown with its error and not accepted (the item counts as unscored) — never clamped.
 */
export function ScoreInput({ inputId, item, initial, label, isDisabled, onCommit, onEnter }: Props): ReactNode {
  const { i18n } = useTranslation();
  const [error, setError] = useState<UserError | null>(null);
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const errorId = `${inputId}-error`;

  const accept = (text: string): void => {
    const parsed = parseScoreInput(text, item);
    setError(parsed.ok ? null : parsed.error);
    onCommit(parsed.ok ? parsed.value : null);
  };
  // Capture phase: InputNumber clamps out-of-range text to max on Enter; we reject instead.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    if (error) focusInput(inputId);
    else onEnter();
  };

  return (
    <div onKeyDownCapture={onKeyDownCapture} className="xp-score-input">
      <InputNumber
        id={inputId}
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        min={0}
        max={item.max}
        step={1}
        defaultValue={initial ?? undefined}
        disabled={isDisabled}
        changeOnBlur={false}
        status={error ? 'error' : undefined}
        suffix={`/ ${item.max}`}
        onInput={accept}
        onChange={(value) => {
          if (typeof value !== 'number') return; // emptied text arrives through onInput
          setError(null);
          onCommit(value);
        }}
        style={{ width: 120 }}
      />
      {error ? (
        <Typography.Text type="danger" id={errorId} role="alert" style={{ display: 'block', fontSize: 12, marginTop: 4, textAlign: 'end' }}>
          {error[lang]}
        </Typography.Text>
      ) : null}
    </div>
  );
}
