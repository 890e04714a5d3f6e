import { useEffect } from 'react';
import type { Settings } from '../../../shared/contracts/views';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Settings['theme']): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function applyTheme(theme: Settings['theme']): void {
  document.documentElement.dataset.theme = resolveTheme(theme);
}

/** Keeps `data-theme` on <html> in step with the setting, and with the system while it says "system". */
export function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
    applyTheme(theme);
    if (theme !== 'system') return;
    const media = window.matchMedia(DARK_QUERY);
    const onChange = () => applyTheme('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [theme]);
}
