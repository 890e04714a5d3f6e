import type { ChartBlock, ReportModel } from '../../../../shared/report/types';
import { docxTheme, type DocxTheme } from './theme';

// Apart from render.ts so the chart worker finds a report's charts without loading docx.

/** One chart to draw: as a PNG of `scale` pixels per CSS pixel of the chart's size. */
export type ChartRequest = { chart: ChartBlock; scale: number };

/**
 * Charts print at this resolution at their size on the page: sharp type at 7–9 pt on paper and
 * on screen at 150% zoom. More only costs time: a chart's pixels are most of its drawing time.
 */
export const CHART_DPI = 150;
/** A caption's line above a chart, and the space around them. */
const CAPTION_ROOM_PX = 60;

/**
 * A chart's size on the page in CSS pixels: as wide as the text, and with its caption no taller
 * than 60% of the page, so it fits on any page not yet half full instead of leaving it half blank.
 */
export function chartPrintSize(
  block: Pick<ChartBlock, 'width' | 'height'>,
  theme: Pick<DocxTheme, 'textWidthPx' | 'textHeightPx'>,
): { width: number; height: number } {
  const scale = Math.min(theme.textWidthPx / block.width, (theme.textHeightPx * 0.6 - CAPTION_ROOM_PX) / block.height);
  return { width: Math.round(block.width * scale), height: Math.round(block.height * scale) };
}

/** Pixels per CSS pixel of the chart's own size for CHART_DPI at its printed size. */
export function chartScale(block: Pick<ChartBlock, 'width' | 'height'>, theme: Pick<DocxTheme, 'textWidthPx' | 'textHeightPx'>): number {
  const printed = chartPrintSize(block, theme);
  return Math.round(((printed.width / 96) * CHART_DPI * 100) / block.width) / 100;
}

/** The charts of a report in the order the writer asks for them, each at the scale it prints at. */
export function reportChartRequests(model: ReportModel): ChartRequest[] {
  const theme = docxTheme(model.options);
  return model.parts.flatMap((part) =>
    part.blocks.filter((b): b is ChartBlock => b.kind === 'chart').map((chart) => ({ chart, scale: chartScale(chart, theme) })),
  );
}
