import { useRef } from 'react';
import { sameValue } from '../../state/plan-edits';

/**
 * The value from the previous render when the new one is deeply equal to it. computeBudget
 * returns fresh objects every time; keeping the old one when nothing changed lets the memoized
 * sections and charts skip their work (a typed label, a budget field that no chart shows).
 */
export function useStable<T>(value: T): T {
  const last = useRef(value);
  if (last.current !== value && !sameValue(last.current, value)) last.current = value;
  return last.current;
}
