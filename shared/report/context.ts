import type { Language, PartKey, Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import type { BudgetReport } from '../logic/budget';
import type { ReportFormatters } from './formatters';
import { headingNumber } from './numbering';
import type { Align, Block, Cell, CellTone, Column, HeadingBlock, KeyValueBlock, TableBlock } from './types';

/** What every part's builder reads: the plan, the translator, the formatters and the derived numbers. */
export type BuildContext = {
  plan: Plan;
  t: Translate;
  f: ReportFormatters;
  language: Language;
  budget: BudgetReport;
  /** A field's text as printed: trimmed, or the dash when empty. */
  text(value: string | null | undefined): string;
  /** A number or the dash. */
  num(value: number | null | undefined): string;
  /** A number with its unit: "95 students", "66%", or the dash. */
  quantity(value: number | null | undefined, unit: string): string;
  /** "text (detail)" with the language's parentheses. */
  paren(text: string, detail: string): string;
};

/** Collects one part's blocks and numbers its headings: part → section → subsection. */
export class PartWriter {
  readonly blocks: Block[] = [];
  private section = 0;
  private subsection = 0;

  constructor(
    private readonly language: Language,
    private readonly partNumber: number,
    readonly key: PartKey | 'changes',
  ) {}

  h2(text: string, anchor: string): void {
    this.section += 1;
    this.subsection = 0;
    this.blocks.push(this.heading(2, [this.partNumber, this.section], text, `${this.key}-${anchor}`));
  }

  h3(text: string, anchor: string): void {
    this.subsection += 1;
    this.blocks.push(this.heading(3, [this.partNumber, this.section, this.subsection], text, `${this.key}-${anchor}`));
  }

  push(...blocks: (Block | null)[]): void {
    for (const block of blocks) if (block) this.blocks.push(block);
  }

  private heading(level: 2 | 3, path: number[], text: string, anchor: string): HeadingBlock {
    const { number, label } = headingNumber(this.language, path, text);
    return { kind: 'heading', level, number, text, label, anchor };
  }
}

export function col(header: string, align: Align = 'left', width = 1): Column {
  return { header, align, width };
}

export function cell(text: string, options: { bold?: boolean; tone?: CellTone; detail?: string } = {}): Cell {
  const { detail, ...rest } = options;
  return detail && detail.trim() ? { text, ...rest, detail: detail.trim() } : { text, ...rest };
}

export function table(
  id: string,
  columns: Column[],
  rows: Cell[][],
  options: { caption?: string | null; footer?: Cell[][]; note?: string | null } = {},
): TableBlock {
  return { kind: 'table', id, caption: options.caption ?? null, columns, rows, footer: options.footer ?? [], note: options.note ?? null };
}

/** Label–value rows, leaving out those with nothing to say; null when none are left. */
export function keyValue(
  id: string,
  rows: ({ label: string; value: string; align?: Align; bold?: boolean } | null)[],
  dash: string,
): KeyValueBlock | null {
  const kept = rows.filter((r): r is NonNullable<typeof r> => r !== null && r.value.trim() !== '' && r.value !== dash);
  return kept.length > 0 ? { kind: 'keyValue', id, rows: kept } : null;
}

export function hasText(...values: (string | null | undefined)[]): boolean {
  return values.some((v) => typeof v === 'string' && v.trim() !== '');
}
