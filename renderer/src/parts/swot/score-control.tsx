import { memo, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { formatInteger } from '../../format/numbers';
import { useLocale } from '../../hooks/use-locale';

const SCORES = [1, 2, 3, 4, 5] as const;

type ScoreTexts = { steps: { score: number; text: string; title: string }[]; help: string };

// The same eleven texts for every control: the stress plan's SWOT board has 120 of them, and
// translating them per control took 20 ms of each visit to the step. One set per language.
const textsByLanguage = new Map<string, ScoreTexts>();

function scoreTexts(t: ReturnType<typeof useTranslation>['t'], locale: string): ScoreTexts {
  let texts = textsByLanguage.get(locale);
  if (!texts) {
    texts = {
      steps: SCORES.map((score) => ({
        score,
        text: formatInteger(score, locale),
        title: t('swotEditor.scoreTitle', { score: formatInteger(score, locale), name: t(`swotEditor.scores.${score}`) }),
      })),
      help: t('swotEditor.scoreHelp'),
    };
    textsByLanguage.set(locale, texts);
  }
  return texts;
}

type ScoreControlProps = {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  error?: string | null;
  readOnly?: boolean;
  /** 'risk' colours the scale as a danger (threat scores). */
  tone?: 'default' | 'risk';
};

/**
 * A score from 1 to 5 as a row of five steps (a radio group): the scale is visible at a glance.
 * Keys: arrows choose the next or previous score, 1–5 choose it directly, Home/End the ends,
 * Delete or Backspace clear it; a click on the chosen step clears it too.
 */
export const ScoreControl = memo(function ScoreControl({ label, value, onChange, error, readOnly = false, tone = 'default' }: ScoreControlProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const group = useRef<HTMLDivElement>(null);

  const choose = (next: number | null) => {
    if (readOnly || next === value) return;
    onChange(next);
    // Every step is always there: the focus follows the choice at once (a radio group's rule).
    const focused = group.current?.contains(document.activeElement);
    if (focused) group.current?.querySelector<HTMLElement>(`[data-score="${next ?? 1}"]`)?.focus();
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = value ?? 0;
    let next: number | null | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        next = Math.min(5, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        next = Math.max(1, current - 1);
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = 5;
        break;
      case 'Delete':
      case 'Backspace':
        next = null;
        break;
      default:
        if (/^[1-5]$/.test(event.key)) next = Number(event.key);
    }
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  }

  const tabStop = value ?? 1;
  const texts = scoreTexts(t, locale);
  return (
    <div className={`score-field${error ? ' score-field--invalid' : ''}`}>
      <span className="score-field__label" id={`${id}-label`}>
        {label}
      </span>
      <div
        ref={group}
        role="radiogroup"
        className={`score score--${tone}`}
        aria-labelledby={`${id}-label`}
        aria-describedby={error ? `${id}-error` : `${id}-help`}
        aria-readonly={readOnly || undefined}
        aria-invalid={error ? true : undefined}
        onKeyDown={onKeyDown}
      >
        {texts.steps.map(({ score, text, title }) => {
          return (
            <button
              key={score}
              type="button"
              role="radio"
              data-score={score}
              aria-checked={value === score}
              aria-label={title}
              title={title}
              tabIndex={score === tabStop ? 0 : -1}
              className={`score__step${value !== null && score <= value ? ' score__step--on' : ''}${value === score ? ' score__step--chosen' : ''}`}
              onClick={() => choose(value === score ? null : score)}
            >
              {text}
            </button>
          );
        })}
      </div>
      <span className="visually-hidden" id={`${id}-help`}>
        {texts.help}
      </span>
      {error ? (
        <p className="field__error score-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
});
