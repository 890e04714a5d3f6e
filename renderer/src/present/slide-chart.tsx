import { useId, useMemo } from 'react';
import { chartDescription } from '../../../shared/charts/base';
import { renderChartSvg } from '../../../shared/charts/render-svg';
import type { ChartSlideBlock } from '../../../shared/present/types';

/**
 * A chart as a picture: ECharts' SVG of the final frame (no animation to wait for on a
 * projector), drawn at the block's size and shown twice as large through the CSS width, so its
 * type reads as 22–24 px at 1280 × 720. An <img> runs no script whatever the plan's text holds.
 */
export function SlideChart({ block }: { block: ChartSlideBlock }) {
  const descriptionId = useId();
  const src = useMemo(
    () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderChartSvg(block.option, { width: block.width, height: block.height }))}`,
    [block],
  );
  const description = chartDescription(block.option);
  return (
    <figure className="slide-chart">
      <img
        src={src}
        alt={block.caption}
        aria-describedby={description ? descriptionId : undefined}
        width={block.width}
        height={block.height}
        data-drawn-width={block.width}
        style={{ '--drawn-width': block.width, '--drawn-height': block.height } as React.CSSProperties}
      />
      {description ? (
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      ) : null}
    </figure>
  );
}
