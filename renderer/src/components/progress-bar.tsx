import { useTranslation } from '../i18n/use-translation';
import { formatPercent } from '../format/numbers';

type ProgressBarProps = { value: number; label: string; size?: 'sm' | 'md'; showValue?: boolean };

/** A determinate progress bar with its percentage written out (colour is never the only signal). */
export function ProgressBar({ value, label, size = 'sm', showValue = true }: ProgressBarProps) {
  const { i18n } = useTranslation();
  const clamped = Math.min(1, Math.max(0, value));
  const percent = formatPercent(clamped, i18n.language);
  const tone = clamped >= 1 ? 'done' : clamped > 0 ? 'partial' : 'none';
  return (
    <div className={`progress progress--${size} progress--${tone}`}>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-valuetext={percent}
      >
        <div className="progress__fill" style={{ width: `${clamped * 100}%` }} />
      </div>
      {showValue ? <span className="progress__value num">{percent}</span> : null}
    </div>
  );
}
