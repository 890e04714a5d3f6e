import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { AppMark, KeyboardIcon } from './icons';
import { SaveStatus } from './save-status';
import { SettingsPopover } from './settings-popover';

type TopBarProps = { breadcrumb?: ReactNode; onShowShortcuts: () => void };

export function TopBar({ breadcrumb, onShowShortcuts }: TopBarProps) {
  const { t } = useTranslation();
  return (
    <header className="top-bar">
      <div className="top-bar__brand">
        <AppMark />
        <span className="top-bar__name">{t('app.name')}</span>
      </div>
      {breadcrumb ? <div className="top-bar__breadcrumb">{breadcrumb}</div> : null}
      <div className="top-bar__spacer" />
      <SaveStatus />
      <div className="top-bar__actions">
        <button type="button" className="icon-button" aria-label={t('shortcuts.button')} title={t('shortcuts.button')} onClick={onShowShortcuts}>
          <KeyboardIcon />
        </button>
        <SettingsPopover />
      </div>
    </header>
  );
}
