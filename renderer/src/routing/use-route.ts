import { useSyncExternalStore } from 'react';
import { flushPendingSaves } from '../state/pending-saves';
import { parseRoute, routeHref, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, getHash));
}

/** Goes somewhere else in the app; pending edits are sent first, so nothing typed is lost. */
export function navigate(route: Route, options?: { replace?: boolean }): void {
  flushPendingSaves();
  const href = routeHref(route);
  if (window.location.hash === href) return;
  if (options?.replace) window.location.replace(href);
  else window.location.hash = href;
}
