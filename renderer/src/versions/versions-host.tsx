import { useEffect } from 'react';
import type { PartKey } from '../../../shared/domain';
import { getApi } from '../api';
import { useTranslation } from '../i18n/use-translation';
import { CompareDialog } from './compare-dialog';
import { SaveVersionDialog } from './save-version-dialog';
import { VersionsPanel } from './versions-panel';
import { useVersionsUi } from './versions-store';
import './versions.css';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut as the platform writes it, for the button's tooltip and aria-keyshortcuts. */
export function saveVersionShortcut(): { label: string; aria: string } {
  return isMac() ? { label: '⇧⌘S', aria: 'Meta+Shift+S' } : { label: 'Ctrl+Shift+S', aria: 'Control+Shift+S' };
}

/**
 * Versions for the open plan: Save version… (Ctrl/⌘+Shift+S, File → Save Version… in the desktop
 * menu, the rail's button), the Versions panel and the compare view.
 */
export function VersionsHost({ planId, planName, part, editable }: { planId: string; planName: string; part: PartKey; editable: boolean }) {
  const { saveOpen, panelOpen, compare } = useVersionsUi();
  const { t } = useTranslation();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac() ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
      if (!mod || event.altKey || !event.shiftKey || event.key.toLowerCase() !== 's') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (editable) useVersionsUi.getState().openSave();
    };
    const unsubscribe = getApi().onMenu((command) => {
      if (command === 'save-version' && editable) useVersionsUi.getState().openSave();
      else if (command === 'versions') useVersionsUi.getState().openPanel();
    });
    window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [editable, t]);

  // Leaving the plan closes what was open for it.
  useEffect(
    () => () => {
      useVersionsUi.getState().close();
      useVersionsUi.getState().view(null);
    },
    [planId],
  );

  return (
    <>
      {saveOpen ? <SaveVersionDialog planId={planId} /> : null}
      {panelOpen ? <VersionsPanel planId={planId} planName={planName} part={part} /> : null}
      {compare ? <CompareDialog key={`${JSON.stringify(compare)}`} planId={planId} initial={compare} /> : null}
    </>
  );
}
