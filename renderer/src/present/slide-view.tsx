import type { ReactNode } from 'react';
import { textWidth } from '../../../shared/present/cut';
import type { Cell } from '../../../shared/report/types';
import type { QuadrantsBlock, Slide, SlideBlock, SlideQuadrant, SlideTable } from '../../../shared/present/types';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { RichTextView } from '../parts/summary/rich-text-view';
import { SlideChart } from './slide-chart';

/** "+N more", in the UI's language (chrome), under what a slide had to leave out. */
function More({ count }: { count: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (count <= 0) return null;
  return (
    <p className="slide-more" lang={locale} data-more={count}>
      {t('present.more', { count: formatInteger(count, locale) })}
    </p>
  );
}

function cellClass(c: Cell, align: string, wrap?: boolean): string {
  return ['slide-table__cell', `slide-table__cell--${align}`, c.bold ? 'is-bold' : '', c.tone ? `tone-${c.tone}` : '', wrap ? 'is-wrap' : '']
    .filter(Boolean)
    .join(' ');
}

function TableView({ block }: { block: SlideTable }) {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  return (
    <div className="slide-block">
      <table className="slide-table" data-table={block.id}>
        <thead>
          <tr>
            {block.columns.map((c, i) => (
              <th key={i} scope="col" className={`slide-table__cell--${c.align}`} style={{ width: `${((c.width / total) * 100).toFixed(1)}%` }}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) => (
                <td key={i} className={cellClass(c, block.columns[i]?.align ?? 'left', block.columns[i]?.wrap)}>
                  <span>{c.text}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {block.footer.length > 0 ? (
          <tfoot>
            {block.footer.map((row, r) => (
              <tr key={r}>
                {row.map((c, i) => (
                  <td key={i} className={cellClass({ ...c, bold: true }, block.columns[i]?.align ?? 'left')}>
                    <span>{c.text}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        ) : null}
      </table>
      <More count={block.more} />
    </div>
  );
}

function QuadrantItem({ item, layout }: { item: SlideQuadrant['items'][number]; layout: QuadrantsBlock['layout'] }) {
  if (layout === 'inline') {
    return (
      <li className="slide-quadrant__run">
        <strong>{item.ref}</strong> {item.text}
      </li>
    );
  }
  if (layout === 'trailing') {
    return (
      <li className="slide-quadrant__run slide-quadrant__run--trailing">
        {item.text}
        {item.ref ? <span className="slide-quadrant__refs"> ({item.ref})</span> : null}
      </li>
    );
  }
  return (
    <li>
      {item.ref ? <span className="slide-quadrant__ref">{item.ref}</span> : null}
      <span className="slide-quadrant__text">{item.text}</span>
    </li>
  );
}

function QuadrantView({ q, emptyText, layout }: { q: SlideQuadrant; emptyText: string; layout: QuadrantsBlock['layout'] }) {
  return (
    <section className={`slide-quadrant slide-quadrant--${q.key}`} aria-label={q.title}>
      <div className="slide-quadrant__head">
        <h3 className="slide-quadrant__title">
          {q.title}
          {q.subtitle ? <span className="slide-quadrant__subtitle"> · {q.subtitle}</span> : null}
        </h3>
        {/* In the heading's row: below the items it would be the first thing a full quarter cuts off. */}
        <More count={q.more} />
      </div>
      {q.items.length === 0 ? (
        <p className="slide-quadrant__empty">{emptyText}</p>
      ) : (
        <ul className="slide-quadrant__items">
          {q.items.map((item, i) => (
            <QuadrantItem key={i} item={item} layout={layout} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Whether a figure has a word too long for a quarter of the slide ("CN¥1,857,464,000"): then three to a row. */
function wideFigures(block: Extract<SlideBlock, { kind: 'figures' }>): boolean {
  return block.items.some((item) => item.value.split(/\s+/).some((word) => word.length > 12));
}

function BlockView({ block }: { block: SlideBlock }): ReactNode {
  switch (block.kind) {
    case 'cover':
      return (
        <div className="slide-cover">
          <p className="slide-cover__eyebrow">{block.eyebrow}</p>
          <dl className="slide-cover__lines">
            {block.lines.map((l) => (
              <div key={l.label}>
                <dt>{l.label}</dt>
                <dd>{l.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      );
    case 'richText':
      return (
        <div className="slide-block slide-text">
          <RichTextView doc={block.doc} />
          <More count={block.more} />
        </div>
      );
    case 'figures':
      return (
        <dl className={`slide-figures slide-figures--${Math.min(block.items.length, 8)}${wideFigures(block) ? ' slide-figures--wide' : ''}`}>
          {block.items.map((item) => (
            <div key={item.label} className={`slide-figure${item.tone ? ` tone-${item.tone}` : ''}`}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'statement':
      // A statement of more than about eight lines at full size is set smaller rather than cut.
      return <blockquote className={`slide-statement${textWidth(block.text) > 420 ? ' slide-statement--long' : ''}`}>{block.text}</blockquote>;
    case 'facts':
      return (
        <dl className="slide-facts">
          {block.rows.map((r) => (
            <div key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return <TableView block={block} />;
    case 'quadrants':
      return (
        <div className={`slide-quadrants slide-quadrants--${block.layout}`} data-quadrants={block.id}>
          {block.quadrants.map((q) => (
            <QuadrantView key={q.key} q={q} emptyText={block.emptyText} layout={block.layout} />
          ))}
        </div>
      );
    case 'cards':
      return (
        <div className="slide-block">
          <ul className="slide-cards" data-cards={block.id}>
            {block.cards.map((card) => (
              <li key={card.ref} className="slide-card">
                <div className="slide-card__head">
                  <span className="slide-card__ref">{card.ref}</span>
                  {card.badge ? <span className={`slide-badge tone-${card.badge.tone}`}>{card.badge.text}</span> : null}
                </div>
                <h3 className="slide-card__title">{card.title}</h3>
                {card.detail ? <p className="slide-card__detail">{card.detail}</p> : null}
                <dl className="slide-card__facts">
                  {card.facts.map((f) => (
                    <div key={f.label}>
                      <dt>{f.label}</dt>
                      <dd>{f.value}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
          <More count={block.more} />
        </div>
      );
    case 'chart':
      return (
        <div className="slide-block slide-block--chart">
          <SlideChart block={block} />
          <More count={block.more} />
        </div>
      );
  }
}

/** One screen: the part and the slide's heading, then its blocks; the cover has a layout of its own. */
export function SlideView({ slide, headingId }: { slide: Slide; headingId: string }) {
  const cover = slide.blocks[0]?.kind === 'cover';
  // "1 Executive summary" over "Executive summary" says it twice; the number alone is enough there.
  const partLabel =
    slide.title === slide.partTitle && slide.partLabel.endsWith(slide.partTitle)
      ? slide.partLabel.slice(0, -slide.partTitle.length).trim()
      : slide.partLabel;
  return (
    <div className={`slide${cover ? ' slide--cover' : ''}`} data-slide={slide.id}>
      <header className="slide__header">
        {cover || !partLabel ? null : <p className="slide__part">{partLabel}</p>}
        <h2 id={headingId} className="slide__title">
          {slide.title}
        </h2>
        {slide.subtitle ? <p className="slide__subtitle">{slide.subtitle}</p> : null}
      </header>
      <div className="slide__body">
        {slide.blocks.map((block, i) => (
          <BlockView key={i} block={block} />
        ))}
      </div>
    </div>
  );
}
