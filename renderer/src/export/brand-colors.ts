import { DEFAULT_BRAND_COLOR } from '../../../shared/report/options';

/**
 * A few colours that print well, read as corporate, and carry white table-header text at WCAG AA
 * contrast; the colour picker covers anything else (a client's own brand colour).
 */
export const BRAND_SWATCHES = [
  { key: 'navy', color: DEFAULT_BRAND_COLOR },
  { key: 'teal', color: '#0F6E6E' },
  { key: 'green', color: '#2E6B34' },
  { key: 'burgundy', color: '#8A1E3C' },
  { key: 'orange', color: '#B4480F' },
  { key: 'graphite', color: '#3C4650' },
] as const;

export type SwatchKey = (typeof BRAND_SWATCHES)[number]['key'];

const HEX = /^#[0-9A-Fa-f]{6}$/;

/** What a person types (`1f4e79`, `#1f4e79`, ` #1F4E79 `) as the schema's `#1F4E79`, or null. */
export function normalizeHex(text: string): string | null {
  const trimmed = text.trim();
  const withHash = trimmed.startsWith('#') ? trimmed : `#${trimmed}`;
  return HEX.test(withHash) ? withHash.toUpperCase() : null;
}
