import { useCallback, useState } from 'react';

/** Below this window width (CSS px: a 1440 px laptop at 150 % zoom is 960) a column starts hidden, unless the user chose. */
export const NARROW_WINDOW = 1100;

function initial(key: string): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    if (stored === 'true' || stored === 'false') return stored === 'true';
  } catch {
    // A private window may refuse storage; fall back to the window's width.
  }
  return window.innerWidth < NARROW_WINDOW;
}

/** Whether a workspace column is hidden, remembered across sessions once the user has chosen. */
export function useCollapsed(key: string): [boolean, () => void] {
  const [collapsed, setCollapsed] = useState(() => initial(key));
  const toggle = useCallback(() => {
    setCollapsed((c) => {
      try {
        window.localStorage.setItem(key, String(!c));
      } catch {
        // The choice then lasts until the page closes.
      }
      return !c;
    });
  }, [key]);
  return [collapsed, toggle];
}
