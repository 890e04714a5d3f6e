/**
 * WordprocessingML written as strings. The report is a few thousand paragraphs and table cells;
 * building them as objects and serialising those (the docx library) took seconds, most of an
 * export, where concatenating the markup takes milliseconds. Element order inside pPr, rPr, tcPr
 * and tblPr follows the schema's sequences: Word refuses a file that breaks them.
 */

// Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, unpaired surrogates, U+FFFE/F).
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Text for an element or an attribute value. */
export function esc(text: string): string {
  // Most text has nothing to escape; testing first saves two passes over it.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID, '').replace(SPECIAL, (c) => ENTITY[c]!);
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** `<w:name w:val="value"/>` */
export function val(name: string, value: string | number): string {
  return `<w:${name} w:val="${typeof value === 'number' ? value : esc(value)}"/>`;
}

export type Align = 'left' | 'right' | 'center';
export type Border = { style: 'single' | 'none'; size: number; color: string; space?: number };

export function border(side: string, b: Border): string {
  return `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}/>`;
}

export type Spacing = { before?: number; after?: number; line?: number; lineRule?: 'auto' | 'atLeast' | 'exact' };

export function spacing(s: Spacing): string {
  const attrs = [
    s.before === undefined ? '' : ` w:before="${s.before}"`,
    s.after === undefined ? '' : ` w:after="${s.after}"`,
    s.line === undefined ? '' : ` w:line="${s.line}"`,
    s.lineRule === undefined ? '' : ` w:lineRule="${s.lineRule}"`,
  ].join('');
  return `<w:spacing${attrs}/>`;
}

export type Fonts = { latin: string; eastAsia: string };

export function rFonts(f: Fonts): string {
  const latin = esc(f.latin);
  return `<w:rFonts w:ascii="${latin}" w:cs="${latin}" w:eastAsia="${esc(f.eastAsia)}" w:hAnsi="${latin}"/>`;
}

export type RunProps = {
  fonts?: Fonts;
  bold?: boolean;
  italics?: boolean;
  caps?: boolean;
  color?: string;
  /** Letter spacing in twentieths of a point. */
  characterSpacing?: number;
  /** Half points. */
  size?: number;
  lang?: { value: string; eastAsia: string };
};

/** Run properties in schema order; only what is set, so a style's bold is never turned off by accident. */
export function rPr(p: RunProps): string {
  let out = '';
  if (p.fonts) out += rFonts(p.fonts);
  if (p.bold !== undefined) out += p.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>';
  if (p.italics !== undefined) out += p.italics ? '<w:i/><w:iCs/>' : '<w:i w:val="0"/><w:iCs w:val="0"/>';
  if (p.caps) out += '<w:caps/>';
  if (p.color) out += val('color', p.color);
  if (p.characterSpacing !== undefined) out += val('spacing', p.characterSpacing);
  if (p.size !== undefined) out += `${val('sz', p.size)}${val('szCs', p.size)}`;
  if (p.lang) out += `<w:lang w:val="${p.lang.value}" w:eastAsia="${p.lang.eastAsia}"/>`;
  return out === '' ? '' : `<w:rPr>${out}</w:rPr>`;
}

/**
 * A run of text. Tabs become Word tabs and line breaks Word line breaks, as typed; the text is
 * kept exactly, spaces included.
 */
export function run(text: string, props: RunProps = {}): string {
  if (!/[\t\n]/.test(text)) return `<w:r>${rPr(props)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const pieces = text.split(/(\t|\r?\n)/);
  let content = '';
  for (const piece of pieces) {
    if (piece === '') continue;
    if (piece === '\t') content += '<w:tab/>';
    else if (piece === '\n' || piece === '\r\n') content += '<w:br/>';
    else content += `<w:t xml:space="preserve">${esc(piece)}</w:t>`;
  }
  return `<w:r>${rPr(props)}${content}</w:r>`;
}

export type ParagraphProps = {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  numbering?: { numId: number; level: number };
  borders?: { top?: Border; left?: Border; bottom?: Border; right?: Border };
  tabs?: { type: 'left' | 'right'; position: number; leader?: 'dot' }[];
  spacing?: Spacing;
  indent?: { left?: number; right?: number; hanging?: number };
  align?: Align;
  outlineLevel?: number;
  /** Properties of the paragraph mark: its height when the paragraph is empty. */
  mark?: RunProps;
};

/** Paragraph properties in schema order. */
export function pPr(p: ParagraphProps): string {
  let out = '';
  if (p.style) out += val('pStyle', p.style);
  if (p.keepNext) out += '<w:keepNext/>';
  if (p.keepLines) out += '<w:keepLines/>';
  if (p.numbering) out += `<w:numPr>${val('ilvl', p.numbering.level)}${val('numId', p.numbering.numId)}</w:numPr>`;
  if (p.borders) {
    const b = p.borders;
    out += `<w:pBdr>${b.top ? border('top', b.top) : ''}${b.left ? border('left', b.left) : ''}${b.bottom ? border('bottom', b.bottom) : ''}${b.right ? border('right', b.right) : ''}</w:pBdr>`;
  }
  if (p.tabs) out += `<w:tabs>${p.tabs.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"${t.leader ? ` w:leader="${t.leader}"` : ''}/>`).join('')}</w:tabs>`;
  if (p.spacing) out += spacing(p.spacing);
  if (p.indent) {
    const i = p.indent;
    out += `<w:ind${i.left === undefined ? '' : ` w:left="${i.left}"`}${i.right === undefined ? '' : ` w:right="${i.right}"`}${i.hanging === undefined ? '' : ` w:hanging="${i.hanging}"`}/>`;
  }
  if (p.align) out += val('jc', p.align);
  if (p.outlineLevel !== undefined) out += val('outlineLvl', p.outlineLevel);
  if (p.mark) out += rPr(p.mark);
  return out === '' ? '' : `<w:pPr>${out}</w:pPr>`;
}

export function paragraph(props: ParagraphProps, content = ''): string {
  return `<w:p>${pPr(props)}${content}</w:p>`;
}
