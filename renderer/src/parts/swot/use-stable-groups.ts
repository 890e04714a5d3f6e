import { useRef } from 'react';
import { reuseUnchanged } from './group-order';

/**
 * Keeps the arrays of the groups that did not change, so typing in one quadrant re-renders
 * that quadrant only (the others are memoized on their rows).
 */
export function useStableGroups<R, K extends string>(groups: Record<K, R[]>): Record<K, R[]> {
  const ref = useRef<Record<K, R[]> | null>(null);
  const stable = reuseUnchanged(ref.current, groups);
  ref.current = stable;
  return stable;
}
