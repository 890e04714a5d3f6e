import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { THEMES, type Settings } from '../../../shared/contracts/views';
import { LANGUAGES, type Language } from '../../../shared/domain/primitives';
import { systemLanguage } from '../i18n/setup';
import { useStore } from '../state/store';
import { SettingsIcon } from './icons';

const THEME_KEYS = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;

/** Language and appearance, a click away in the top bar; both are remembered by the backend. */
export function SettingsPopover() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const settings = useStore((s) => s.settings);
  const updateSettings = useStore((s) => s.updateSettings);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const popoverId = useId();
  const languageId = useId();
  const themeId = useId();

  useEffect(() => {
    if (!open) return;
    firstRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const language = settings?.language ?? 'system';
  const theme = settings?.theme ?? 'system';

  return (
    <div
      className="popover-anchor"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={t('settings.button')}
        title={t('settings.button')}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        <SettingsIcon />
      </button>
      {open ? (
        <div className="popover" id={popoverId} role="dialog" aria-label={t('settings.title')}>
          <h2 className="popover__title">{t('settings.title')}</h2>
          <div className="field">
            <label className="field__label" htmlFor={languageId}>
              {t('settings.language')}
            </label>
            <select
              ref={firstRef}
              id={languageId}
              className="select"
              value={language}
              disabled={!settings}
              onChange={(event) => {
                const value = event.target.value;
                void updateSettings({ language: value === 'system' ? null : (value as Language) });
              }}
            >
              <option value="system">{t('settings.languageSystem', { language: t(`languages.${systemLanguage()}`) })}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={themeId}>
              {t('settings.theme')}
            </label>
            <select
              id={themeId}
              className="select"
              value={theme}
              disabled={!settings}
              onChange={(event) => void updateSettings({ theme: event.target.value as Settings['theme'] })}
            >
              {THEMES.map((value) => (
                <option key={value} value={value}>
                  {t(THEME_KEYS[value])}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
    </div>
  );
}
