import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from './after-paint';

type DeferredProps = {
  children: ReactNode;
  /** The room held for the children until they mount, so the page below barely moves. */
  placeholderHeight: number;
};

/**
 * Mounts its children just after the frame that shows the page, in a transition React may
 * interrupt for a keystroke. A step of a large plan (60 SWOT cards and their TOWS pairs, four
 * tables of the situation) then paints its title and first section within the switch, and the
 * sections further down follow a frame later instead of holding up the first.
 */
export function Deferred({ children, placeholderHeight }: DeferredProps) {
  return useAfterFirstPaint(true) ? children : <div className="deferred-placeholder" style={{ minHeight: placeholderHeight }} aria-hidden="true" />;
}

/** False for the render that shows the page, true from a transition started once that frame is painted (or at once when `wait` is false). */
function useAfterFirstPaint(wait: boolean): boolean {
  const [ready, setReady] = useState(!wait);
  useEffect(() => {
    if (ready) return;
    return afterNextPaint(() => startTransition(() => setReady(true)));
  }, [ready]);
  return ready;
}

/** True inside a large plan's part page (parts/plan-size.ts): long lists there render in two steps. */
export const LargePlanContext = createContext(false);

/**
 * How many items of a long list to render: in a large plan, the first `initial` with the page and
 * all of them a frame later (as Deferred does for sections), so a step with 60 SWOT cards paints
 * its first cards within the switch. Elsewhere, all of them at once.
 */
export function useProgressiveCount(total: number, initial: number): number {
  const all = useAfterFirstPaint(useContext(LargePlanContext));
  return all ? total : Math.min(total, initial);
}
