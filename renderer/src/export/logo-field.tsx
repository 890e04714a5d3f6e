import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { ReportLogo } from '../../../shared/report/options';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { ImageIcon } from './icons';
import { LOGO_ACCEPT, logoDataUrl, readLogoFile, type LogoProblem } from './logo-file';

type LogoFieldProps = { id: string; value: ReportLogo | null; onChange: (logo: ReportLogo | null) => void };

/** Rounded up, so a file just over the limit never reads as "2 MB" beside "at most 2 MB". */
function megabytes(bytes: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.ceil((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** The cover's logo: a thumbnail, Choose/Replace and Remove; a wrong file is refused with the reason and the old logo kept. */
export function LogoField({ id, value, onChange }: LogoFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<LogoProblem | null>(null);
  const [reading, setReading] = useState(false);

  const message =
    problem?.kind === 'tooLarge'
      ? t('exportDialog.logoTooLarge', { file: problem.file, size: megabytes(problem.bytes, locale) })
      : problem?.kind === 'wrongType'
        ? t('exportDialog.logoWrongType', { file: problem.file })
        : problem?.kind === 'unreadable'
          ? t('exportDialog.logoUnreadable', { file: problem.file, reason: problem.reason })
          : null;
  const describedBy = message ? `${id}-error` : `${id}-hint`;

  return (
    <div
      className={`export-group export-logo${message ? ' export-group--invalid' : ''}`}
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy}
    >
      <span className="export-group__legend" id={`${id}-label`}>
        {t('exportDialog.logo')}
      </span>
      <div className="export-logo__body">
        <div className={`export-logo__thumb${value ? '' : ' export-logo__thumb--empty'}`}>
          {value ? (
            <img src={logoDataUrl(value)} alt={t('exportDialog.logoPreview')} />
          ) : (
            <>
              <ImageIcon size={18} />
              <span>{t('exportDialog.noLogo')}</span>
            </>
          )}
        </div>
        <div className="export-logo__actions">
          <button
            ref={chooseRef}
            type="button"
            className="button button--secondary button--sm"
            disabled={reading}
            aria-describedby={describedBy}
            onClick={() => inputRef.current?.click()}
          >
            {value ? t('exportDialog.replaceLogo') : t('exportDialog.chooseLogo')}
          </button>
          {value ? (
            <button
              type="button"
              className="button button--ghost button--sm"
              onClick={() => {
                onChange(null);
                setProblem(null);
                // The Remove button goes away with the logo; focus stays in the field.
                chooseRef.current?.focus();
              }}
            >
              {t('exportDialog.removeLogo')}
            </button>
          ) : null}
          {value ? (
            <span className="export-logo__size num">
              {t('exportDialog.logoDimensions', { width: formatInteger(value.width, locale), height: formatInteger(value.height, locale) })}
            </span>
          ) : null}
        </div>
      </div>
      {message ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {message}
        </p>
      ) : (
        <p className="field__hint" id={`${id}-hint`}>
          {t('exportDialog.logoHint')}
        </p>
      )}
      <input
        ref={inputRef}
        id={`${id}-file`}
        className="visually-hidden"
        type="file"
        accept={LOGO_ACCEPT}
        tabIndex={-1}
        aria-hidden="true"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again still reports a change.
          event.target.value = '';
          if (!file) return;
          setReading(true);
          const read = await readLogoFile(file);
          setReading(false);
          if (read.ok) {
            setProblem(null);
            onChange(read.logo);
          } else setProblem(read.problem);
        }}
      />
    </div>
  );
}
