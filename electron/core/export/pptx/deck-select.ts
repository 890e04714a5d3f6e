import type { Block, ReportPart } from '../../../../shared/report/types';

/**
 * What of the report a meeting's slides show. The report is for reading; slides carry the
 * highlights and point to the report for the rest: the situation's facts without its narratives,
 * the SWOT matrix and the TOWS strategies without the evidence table, the budget's charts instead
 * of the month-by-month spend table, the KPIs' charts and corrective actions instead of a table
 * per KPI. Everything else is shown as the report has it.
 */
const LEFT_OUT_TABLES = [/^swot-evidence$/, /^monthly-budget$/, /^kpi-periods-\d+$/];

function kept(part: ReportPart, block: Block): boolean {
  if (block.kind === 'richText') return part.key !== 'situation';
  if (block.kind === 'table') return !LEFT_OUT_TABLES.some((re) => re.test(block.id));
  return true;
}

/** The part's blocks on slides: left-out blocks dropped, and any heading left with nothing under it. */
export function deckBlocks(part: ReportPart): Block[] {
  const blocks = part.blocks.filter((b) => b.kind === 'heading' || kept(part, b));
  // A heading keeps its place only if some content follows before a heading of its level or higher.
  return blocks.filter((block, i) => {
    if (block.kind !== 'heading') return true;
    for (const next of blocks.slice(i + 1)) {
      if (next.kind !== 'heading') return true;
      if (next.level <= block.level) return false;
    }
    return false;
  });
}
