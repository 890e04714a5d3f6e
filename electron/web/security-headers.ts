import { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';

export { CONTENT_SECURITY_POLICY } from '../../shared/contracts/csp';

/** Sent with every response, static or API. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
