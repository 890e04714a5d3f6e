import type { Language, PartKey, RichText } from '../domain';
import type { ReportOptions } from './options';

/**
 * The report as a renderer-neutral document: the Word, PDF and Markdown exports all render this
 * one model, so they can only differ in look, never in content. Every text is already in the
 * report's language and every number already formatted for its locale.
 */

export type Align = 'left' | 'right' | 'center';
/** Colours a cell by meaning (a KPI's status) rather than by value, so print and Markdown agree. */
export type CellTone = 'good' | 'warn' | 'bad' | 'muted';

export type Cell = {
  /** Paragraphs inside the cell are separated by "\n". */
  text: string;
  bold?: boolean;
  tone?: CellTone;
  /** A quieter second line under the text: who, which kind, which links. */
  detail?: string;
};

export type Column = {
  header: string;
  align: Align;
  /** Relative width; the renderer shares the page's text width among the columns by these. */
  width: number;
};

export type HeadingBlock = {
  kind: 'heading';
  level: 1 | 2 | 3;
  /** "1.2" or "一、" */
  number: string;
  text: string;
  /** Number and text as printed: "1.2 Market", "一、市场". */
  label: string;
  /** Stable within one report, for bookmarks and links: "part-situation", "situation-market". */
  anchor: string;
};

export type RichTextBlock = { kind: 'richText'; doc: RichText };

export type ParagraphBlock = {
  kind: 'paragraph';
  text: string;
  /** body: ordinary text; note: a quiet remark ("not yet written"); statement: a set-off key sentence. */
  style: 'body' | 'note' | 'statement';
};

export type KeyValueBlock = {
  kind: 'keyValue';
  id: string;
  rows: { label: string; value: string; align?: Align; bold?: boolean }[];
};

export type TableBlock = {
  kind: 'table';
  /** What the table is ("segments", "pnl"); tests and renderers may key on it. */
  id: string;
  caption: string | null;
  columns: Column[];
  rows: Cell[][];
  /** Totals, printed bold under the body. */
  footer: Cell[][];
  note: string | null;
};

export type MatrixQuadrant = {
  title: string;
  subtitle: string;
  /** ref "S1", text the statement, detail the scores in parentheses (" (impact 4)") or ''. */
  items: { ref: string; text: string; detail: string }[];
  /** S, W, O or T: the renderer picks a shade per quadrant. */
  key: string;
};

/** A 2 × 2 grid of item lists: the SWOT matrix. */
export type MatrixBlock = {
  kind: 'matrix';
  id: string;
  quadrants: [[MatrixQuadrant, MatrixQuadrant], [MatrixQuadrant, MatrixQuadrant]];
  emptyText: string;
  note: string | null;
};

export type ChartId = 'budgetByMix' | 'monthlySpend' | 'revenueForecast' | 'actionTimeline' | `kpi:${string}`;

export type ChartBlock = {
  kind: 'chart';
  id: ChartId;
  /** An ECharts option from shared/charts, in the print theme. */
  option: unknown;
  /** The size the chart is drawn at, in CSS pixels; the renderer scales it to the text width. */
  width: number;
  height: number;
  caption: string;
  /** The chart's message in words: alt text in Word, the chart's stand-in in Markdown. */
  summary: string;
};

export type Block = HeadingBlock | RichTextBlock | ParagraphBlock | KeyValueBlock | TableBlock | MatrixBlock | ChartBlock;

/** A part of the plan, the optional "Methods used" section (methods.ts) or the appendix "Changes since <version>" (changes.ts). */
export type ReportPartKey = PartKey | 'methods' | 'changes';

export type ReportPart = {
  key: ReportPartKey;
  heading: HeadingBlock;
  /** The part's content after its heading; a "not yet written" note when the plan has nothing for it. */
  blocks: Block[];
  empty: boolean;
  /** The part title without its number, for the running header. */
  title: string;
};

export type ReportModel = {
  language: Language;
  locale: string;
  options: ReportOptions;
  cover: {
    kind: string;
    title: string;
    lines: { label: string; value: string }[];
  };
  contentsTitle: string;
  /** "Page {{page}} of {{pages}}" with the two placeholders left in, for the renderer's fields. */
  pageTemplate: string;
  /** "Chart: {{caption}}", where a chart is put in words (Markdown). */
  chartTemplate: string;
  parts: ReportPart[];
  /** Document properties. */
  info: { title: string; author: string; subject: string };
};
