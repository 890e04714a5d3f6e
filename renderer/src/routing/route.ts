import { isPartKey, type PartKey } from '../../../shared/domain/parts';

/**
 * Where the user is, kept in the URL hash so a reload (or Electron restoring the window) lands
 * in the same place: `#/`, `#/trash`, `#/backups`, `#/team` (the team library), `#/classes/<id>` (a class board), `#/plans/<id>` (details) or `#/plans/<id>/<part>`.
 */
export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'backups' }
  | { name: 'team' }
  | { name: 'class'; classId: string }
  | { name: 'plan'; planId: string; section: 'details' | PartKey };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'trash' && parts.length === 1) return { name: 'trash' };
  if (parts[0] === 'backups' && parts.length === 1) return { name: 'backups' };
  if (parts[0] === 'team' && parts.length === 1) return { name: 'team' };
  if (parts[0] === 'classes' && parts[1] && parts.length === 2) return { name: 'class', classId: parts[1] };
  if (parts[0] === 'plans' && parts[1]) {
    const section = parts[2];
    return { name: 'plan', planId: parts[1], section: isPartKey(section) ? section : 'details' };
  }
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'backups':
      return '#/backups';
    case 'team':
      return '#/team';
    case 'class':
      return `#/classes/${encodeURIComponent(route.classId)}`;
    case 'plan': {
      const base = `#/plans/${encodeURIComponent(route.planId)}`;
      return route.section === 'details' ? base : `${base}/${route.section}`;
    }
  }
}
