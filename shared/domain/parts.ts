/**
 * The eight parts of a marketing plan, in the order a planner works through them and the
 * report prints them. The key is stable (stored, used in URLs and files); titles live in i18n.
 */
export const PART_KEYS = ['summary', 'situation', 'swot', 'objectives', 'strategy', 'actions', 'budget', 'control'] as const;

export type PartKey = (typeof PART_KEYS)[number];

export function isPartKey(value: unknown): value is PartKey {
  return typeof value === 'string' && (PART_KEYS as readonly string[]).includes(value);
}
