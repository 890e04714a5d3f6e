import type { PartKey, RichText } from '../domain';
import type { ChartOption } from '../charts/types';
import type { Cell, Column, CellTone } from '../report/types';

/**
 * A presentation of a plan as data: slides of blocks, every text already in the plan's language
 * and every number formatted, built from the live plan on each showing. What a slide leaves out
 * is counted (`more`), never hidden silently: the screen says "+N more" in the UI's language.
 */

/** The plan's title screen. */
export type CoverBlock = { kind: 'cover'; eyebrow: string; title: string; lines: { label: string; value: string }[] };

/** A narrative cut to what a screen holds. */
export type RichTextSlideBlock = { kind: 'richText'; doc: RichText; more: number };

/** Big figures: a label over its value. */
export type FiguresBlock = { kind: 'figures'; items: { label: string; value: string; tone?: CellTone }[] };

/** One sentence set off large: the positioning statement. */
export type StatementBlock = { kind: 'statement'; text: string };

/** Label–value lines under a statement or beside a table. */
export type FactsBlock = { kind: 'facts'; rows: { label: string; value: string }[] };

export type SlideTable = {
  kind: 'table';
  id: string;
  columns: (Column & { wrap?: boolean })[];
  rows: Cell[][];
  footer: Cell[][];
  /** Rows of the plan's table not shown. */
  more: number;
};

export type SlideQuadrant = {
  key: string;
  title: string;
  subtitle: string;
  items: { ref: string; text: string }[];
  more: number;
};

/** A 2 × 2 grid of short lists: SWOT, TOWS, the 4P. */
export type QuadrantsBlock = {
  kind: 'quadrants';
  id: string;
  quadrants: [SlideQuadrant, SlideQuadrant, SlideQuadrant, SlideQuadrant];
  /**
   * ref: the ref in a column before the text (SWOT's S1); inline: "Label value" as one run (the
   * 4P); trailing: the text, then its refs quietly after it (TOWS and the items it pairs).
   */
  layout: 'ref' | 'inline' | 'trailing';
  emptyText: string;
};

export type SlideCard = {
  ref: string;
  title: string;
  /** Quieter line under the title: kind, owner. */
  detail: string;
  /** Label–value pairs: baseline, target, deadline. */
  facts: { label: string; value: string }[];
  badge: { text: string; tone: CellTone } | null;
};

export type CardsBlock = { kind: 'cards'; id: string; cards: SlideCard[]; more: number };

/** A chart drawn at `width` × `height` CSS pixels and shown scaled up, so its 11–12 px type reads at 20 px or more. */
export type ChartSlideBlock = {
  kind: 'chart';
  id: string;
  option: ChartOption;
  width: number;
  height: number;
  /** What the chart shows, as its accessible name. */
  caption: string;
  /** KPIs (or rows) the chart leaves out. */
  more: number;
};

export type SlideBlock =
  CoverBlock | RichTextSlideBlock | FiguresBlock | StatementBlock | FactsBlock | SlideTable | QuadrantsBlock | CardsBlock | ChartSlideBlock;

export type Slide = {
  /** Stable within a plan: "swot-matrix", "budget-pnl". */
  id: string;
  part: PartKey;
  /** The part's number in the plan (1–8), what the digit keys jump to. */
  partNumber: number;
  /** "3 Threats and opportunities" / "三、威胁与机会", in the plan's language. */
  partLabel: string;
  /** The part's title without its number: "Threats and opportunities". */
  partTitle: string;
  /** The slide's heading. */
  title: string;
  /** A line under the heading (the action programme's span and cost). */
  subtitle: string | null;
  blocks: SlideBlock[];
};
