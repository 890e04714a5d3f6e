import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app';
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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
