import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app';
import { PRESENTER_NOTES_ROUTE } from '../../shared/present/notes';
import { PresenterNotesWindow } from './present/presenter-notes-window';
import { applyTheme } from './hooks/use-theme';
import { resolveLanguage, setupI18n } from './i18n/setup';
import { useStore } from './state/store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/charts.css';
import './styles/library.css';
import './styles/workspace.css';
import './styles/editors.css';

// The CSP forbids eval; tell zod not to probe for it (the probe itself would be reported).
z.config({ jitless: true });

async function start() {
  // Settings first, so the first paint is already in the right language and theme.
  const settings = await useStore.getState().loadSettings();
  const chosen = settings.ok ? settings.value : null;
  applyTheme(chosen?.theme ?? 'system');
  await setupI18n(resolveLanguage(chosen?.language ?? null));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  // The desktop app's presenter notes window loads the same page, routed to the notes alone.
  const notesOnly = window.location.hash === PRESENTER_NOTES_ROUTE;
  createRoot(root).render(<StrictMode>{notesOnly ? <PresenterNotesWindow /> : <App />}</StrictMode>);
}

void start();
