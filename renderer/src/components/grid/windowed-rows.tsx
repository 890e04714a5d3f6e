import type { ReactNode } from 'react';
import type { RowWindow } from './use-row-window';

/**
 * The rows of a windowed table body: the rows in view, with a spacer row above, between and below
 * them as tall as the rows left out, so the table keeps its own layout and scroll height.
 */
export function renderWindowedRows(
  rowWindow: RowWindow,
  renderRow: (index: number) => ReactNode,
  spacer: { className: string; colSpan: number },
): ReactNode[] {
  const out: ReactNode[] = [];
  const gap = (key: string, height: number) =>
    height > 0.5 ? (
      <tr key={key} className={spacer.className} role="presentation" aria-hidden="true">
        <td colSpan={spacer.colSpan} style={{ height }} />
      </tr>
    ) : null;
  let cursor = 0;
  for (const slot of rowWindow.slots) {
    out.push(gap(`gap-${slot.index}`, slot.start - cursor));
    out.push(renderRow(slot.index));
    cursor = slot.end;
  }
  out.push(gap('gap-end', rowWindow.totalHeight - cursor));
  return out;
}
