import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useState, type RefObject } from 'react';

/**
 * Tables shorter than this (about a screen and a half of rows) render every row: they cost little,
 * and a small table stays whole in the page (the browser's find, printing, a screen reader's table
 * navigation). Longer ones (the stress plan's 300 actions, 150 budget lines, 40 KPIs) render the
 * rows in view plus some either side: a page holding all of them spends most of every keystroke's
 * frame on style, layout and paint, and a step switch on creating them.
 */
export const VIRTUALIZE_FROM = 30;

const ESTIMATED_ROW_HEIGHT = 37;
const OVERSCAN = 6;

export type RowSlot = { index: number; start: number; end: number };

export type RowWindow = {
  /** False: render every row and no spacers. */
  enabled: boolean;
  /** The rows to render, in order, each with its top and bottom relative to the first row's top. */
  slots: readonly RowSlot[];
  /** The height of all rows, measured where rendered and estimated elsewhere. */
  totalHeight: number;
  /** Ref for each rendered row (with `data-index`), so a wrapped text or a refusal message is measured. */
  measure: (el: HTMLTableRowElement | null) => void;
  /**
   * Scrolls the column so the row is in view. Not the row element's scrollIntoView: a row far away
   * sits where the estimates put it, and the rows measured on arrival move it again; the
   * virtualizer scrolls again until the row stays put.
   */
  scrollToRow: (index: number, align?: 'auto' | 'center') => void;
};

/**
 * The nearest ancestor of the grid's block that scrolls vertically: the workspace's main column in
 * the app. From the block, not the table: the table's own horizontal scroller computes as
 * `overflow-y: auto` too (CSS turns `visible` into `auto` beside a scrolling axis) but never scrolls down.
 */
function scrollParent(block: HTMLElement | null): HTMLElement | null {
  for (let node = block?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}

/**
 * Which rows of a long table to render (TanStack Virtual, measuring each rendered row). `pinned`
 * rows are always rendered wherever they are: the active cell keeps the focus and the keyboard
 * when it scrolls out of view, and the grid can bring any row into the page (a health "Fix").
 */
export function useRowWindow(
  count: number,
  blockRef: RefObject<HTMLElement | null>,
  bodyRef: RefObject<HTMLTableSectionElement | null>,
  pinned: readonly number[],
): RowWindow {
  const enabled = count >= VIRTUALIZE_FROM;
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // Where the table's first row sits in the scrolling column: the parts' other sections come first.
  const [margin, setMargin] = useState(0);

  useLayoutEffect(() => {
    setScroller(enabled ? scrollParent(blockRef.current) : null);
  }, [enabled, blockRef]);

  // Read after every render (a scroll re-renders the grid): the sections above may have grown.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose: the margin follows layout, and setMargin bails out when it is unchanged
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!enabled || !scroller || !body) return;
    const top = body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (Math.abs(top - margin) > 1) setMargin(top);
  });

  // By value: the caller passes a new array on every render.
  const pinnedKey = pinned.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra =
        pinnedKey === ''
          ? []
          : pinnedKey
              .split(',')
              .map(Number)
              .filter((i) => i >= 0 && i < range.count && !indexes.includes(i));
      return extra.length === 0 ? indexes : [...new Set([...indexes, ...extra])].sort((a, b) => a - b);
    },
    [pinnedKey],
  );

  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count: enabled ? count : 0,
    enabled: enabled && scroller !== null,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
  });

  // eslint-disable-next-line react-hooks/exhaustive-deps -- getVirtualItems() is memoized by the virtualizer; the empty list of a short table is cheap to map again
  const items = enabled ? virtualizer.getVirtualItems() : [];
  const slots = useMemo(() => items.map((item) => ({ index: item.index, start: item.start - margin, end: item.end - margin })), [items, margin]);
  return {
    enabled,
    slots,
    totalHeight: enabled ? virtualizer.getTotalSize() : 0,
    measure: virtualizer.measureElement,
    scrollToRow: (index, align = 'auto') => virtualizer.scrollToIndex(index, { align }),
  };
}
