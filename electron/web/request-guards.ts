import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A page on another site can make the browser talk to 127.0.0.1 (directly, or by DNS rebinding a
 * name of its own to it). These checks make sure only our own page, served by us, gets through.
 */

/** Host must name loopback on our port: a rebound name like evil.example:PORT is refused. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const value = host.toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/** Browsers send Origin on cross-site POSTs; when present it must be exactly the origin we serve. */
export function isAllowedOrigin(origin: string | undefined, host: string, port: number): boolean {
  return origin === undefined || isOwnOrigin(origin, host, port);
}

/**
 * Origin must be present and exactly the origin we serve. For WebSockets: a browser always sends
 * Origin on one, from any site, and the page never opens one without it, so a missing Origin is
 * a client that is not our page.
 */
export function isOwnOrigin(origin: string | undefined, host: string, port: number): boolean {
  if (origin === undefined) return false;
  return isAllowedHost(host, port) && origin.toLowerCase() === `http://${host.toLowerCase()}`;
}

/** Compares hashes so neither the content nor the length of the token leaks through timing. */
export function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token));
}
