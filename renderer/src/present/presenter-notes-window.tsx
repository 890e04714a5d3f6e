import { useEffect, useState } from 'react';
import type { PresenterNotesView } from '../../../shared/present/notes';
import { getApi } from '../api';
import { useTranslation } from '../i18n/use-translation';
import { PresenterNotesBody } from './presenter-notes';
import './present.css';

/**
 * The desktop app's second window during a presentation: the notes of the slide being shown, as
 * the presenting window sends them through main. It holds no plan and writes nothing.
 */
export function PresenterNotesWindow() {
  const { t } = useTranslation();
  const [view, setView] = useState<PresenterNotesView | null>(null);

  useEffect(() => {
    const presenter = getApi().presenter;
    if (!presenter) return;
    let received = false;
    const unsubscribe = presenter.onNotes((notes) => {
      received = true;
      setView(notes);
    });
    // Notes sent before this page listened: asked for once, unless newer ones came meanwhile.
    void presenter.current().then((result) => {
      if (result.ok && result.value && !received) setView(result.value);
    });
    return unsubscribe;
  }, []);

  useEffect(() => {
    document.title = view?.title ?? t('present.notesTitle');
  }, [view, t]);

  return (
    <main className="presenter-window" aria-label={t('present.notesTitle')}>
      {view ? (
        <PresenterNotesBody view={view} className="present-notes present-notes--window" />
      ) : (
        <p className="presenter-window__waiting">{t('present.notesWaiting')}</p>
      )}
    </main>
  );
}
