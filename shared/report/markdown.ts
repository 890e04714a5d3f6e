import type { RichBlock, RichParagraph, RichText } from '../domain';
import type { Block, Cell, ChartBlock, KeyValueBlock, MatrixBlock, ReportModel, TableBlock } from './types';

/**
 * The report as GitHub-flavoured Markdown: the same model as the Word file, readable as plain
 * text in an e-mail. Charts become their caption and their message in words; the tables beside
 * them carry the numbers.
 */

/** Characters Markdown would read as syntax anywhere in a line. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1');
}

/** …and at the start of a line, where "# ", "- ", "1. " or "> " would start a block. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([#>+.)-])/, '\\$1')}`);
}

function escapeText(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line)))
    .join('\n');
}

type TextNode = Extract<NonNullable<RichParagraph['content']>[number], { type: 'text' }>;

function markRun(node: TextNode): string {
  const bold = node.marks?.some((m) => m.type === 'bold') ?? false;
  const italic = node.marks?.some((m) => m.type === 'italic') ?? false;
  const text = escapeInline(node.text);
  if (!bold && !italic) return text;
  // Emphasis must hug its text: "** a**" is not bold, so surrounding spaces stay outside the markers.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (match[2] === '') return text;
  const marker = bold && italic ? '***' : bold ? '**' : '*';
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function paragraphText(p: RichParagraph): string {
  const text = (p.content ?? []).map((n) => (n.type === 'text' ? markRun(n) : '\\\n')).join('');
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? escapeLineStart(line) : line))
    .join('\n');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : by + line))
    .join('\n');
}

function richBlock(block: RichBlock): string {
  if (block.type === 'paragraph') return paragraphText(block);
  const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
  return block.content
    .map((item, i) => {
      const marker = block.type === 'orderedList' ? `${start + i}. ` : '- ';
      const body = item.content.map(paragraphText).join('\n\n');
      return marker + indent(body, ' '.repeat(marker.length));
    })
    .join('\n');
}

export function richTextToMarkdown(doc: RichText): string {
  return doc.content
    .map(richBlock)
    .filter((s) => s.trim() !== '')
    .join('\n\n');
}

function cellText(cell: Cell): string {
  const text = cell.text
    .split('\n')
    .map((line) => escapeInline(line))
    .join('<br>');
  const main = cell.bold && text.trim() !== '' ? `**${text}**` : text;
  return cell.detail ? `${main}<br>*${escapeInline(cell.detail)}*` : main;
}

function tableToMarkdown(block: TableBlock): string {
  const align = block.columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---'));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(block.columns.map((c) => escapeInline(c.header))),
    row(align),
    ...block.rows.map((r) => row(r.map(cellText))),
    ...block.footer.map((r) => row(r.map((c) => cellText({ ...c, bold: true })))),
  ];
  const out: string[] = [];
  if (block.caption) out.push(`**${escapeInline(block.caption)}**`);
  out.push(lines.join('\n'));
  if (block.note) out.push(`*${escapeInline(block.note)}*`);
  return out.join('\n\n');
}

function keyValueToMarkdown(block: KeyValueBlock, colon: string): string {
  return block.rows
    .map((r) => {
      // A value that is a list ("• …" lines) becomes a nested Markdown list.
      const lines = r.value.split('\n').map((line) => escapeInline(line.replace(/^•\s*/, '')));
      const value = lines.length > 1 ? `\n${lines.map((l) => `  - ${l}`).join('\n')}` : ` ${lines[0]}`;
      return `- **${escapeInline(r.label)}${colon}**${value}`;
    })
    .join('\n');
}

function matrixToMarkdown(block: MatrixBlock, chinese: boolean): string {
  const parts = block.quadrants.flat().map((q) => {
    const items =
      q.items.length > 0
        ? q.items.map((i) => `- **${escapeInline(i.ref)}** ${escapeInline(i.text)}${escapeInline(i.detail)}`).join('\n')
        : `*${escapeInline(block.emptyText)}*`;
    // Chinese text takes full-width parentheses: 优势（内部）.
    const subtitle = chinese ? `（${escapeInline(q.subtitle)}）` : ` (${escapeInline(q.subtitle)})`;
    return `**${escapeInline(q.title)}**${subtitle}\n\n${items}`;
  });
  if (block.note) parts.push(`*${escapeInline(block.note)}*`);
  return parts.join('\n\n');
}

function chartToMarkdown(block: ChartBlock, chartLabel: (caption: string) => string): string {
  const caption = `*${escapeInline(chartLabel(block.caption))}*`;
  return block.summary ? `${caption} ${escapeInline(block.summary)}` : caption;
}

function blockToMarkdown(block: Block, chartLabel: (caption: string) => string, colon: string): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeInline(block.label)}`;
    case 'richText':
      return richTextToMarkdown(block.doc);
    case 'paragraph':
      if (block.style === 'note') return `*${escapeInline(block.text)}*`;
      if (block.style === 'statement')
        return block.text
          .split('\n')
          .map((l) => `> ${escapeInline(l)}`)
          .join('\n');
      return escapeText(block.text);
    case 'keyValue':
      return keyValueToMarkdown(block, colon);
    case 'table':
      return tableToMarkdown(block);
    case 'matrix':
      return matrixToMarkdown(block, colon === '：');
    case 'chart':
      return chartToMarkdown(block, chartLabel);
  }
}

/** The whole report, as one Markdown document. */
export function reportToMarkdown(model: ReportModel): string {
  const chartLabel = (caption: string) => model.chartTemplate.replace('{{caption}}', caption);
  const colon = model.language === 'zh-CN' ? '：' : ':';
  const out: string[] = [`# ${escapeInline(model.cover.title)}`, `*${escapeInline(model.cover.kind)}*`];
  if (model.cover.lines.length > 0)
    out.push(model.cover.lines.map((l) => `- **${escapeInline(l.label)}${colon}** ${escapeInline(l.value)}`).join('\n'));

  const contents = model.parts.flatMap((part) => [
    `- ${escapeInline(part.heading.label)}`,
    ...part.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => `  - ${escapeInline((b as { label: string }).label)}`),
  ]);
  out.push(`## ${escapeInline(model.contentsTitle)}`, contents.join('\n'));

  for (const part of model.parts) {
    out.push(blockToMarkdown(part.heading, chartLabel, colon));
    for (const block of part.blocks) {
      const text = blockToMarkdown(block, chartLabel, colon);
      if (text.trim() !== '') out.push(text);
    }
  }
  return `${out.join('\n\n')}\n`;
}
