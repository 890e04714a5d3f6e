import type { DocxTheme } from './theme';
import { pPr, rPr, val, W_NS, XML_HEAD, type ParagraphProps, type RunProps } from './xml';

export const STYLE = {
  coverKind: 'CoverKind',
  coverTitle: 'CoverTitle',
  coverClient: 'CoverClient',
  coverLabel: 'CoverLabel',
  coverValue: 'CoverValue',
  contentsHeading: 'ContentsHeading',
  tableText: 'TableText',
  tableHead: 'TableHead',
  caption: 'Caption',
  note: 'Note',
  statement: 'Statement',
  chart: 'Chart',
  headerText: 'HeaderText',
  footerText: 'FooterText',
  listParagraph: 'ListParagraph',
} as const;

/** Line spacing as a multiple of single (240 = single), auto so CJK and Latin lines grow alike. */
function lines(multiple: number) {
  return { line: Math.round(240 * multiple), lineRule: 'auto' as const };
}

type StyleDef = {
  id: string;
  name: string;
  type?: 'paragraph' | 'character' | 'table';
  basedOn?: string;
  next?: string;
  quickFormat?: boolean;
  /** Word's own built-in styles (caption, toc n) keep Word's priority so they sort as Word's do. */
  uiPriority?: number;
  semiHidden?: boolean;
  isDefault?: boolean;
  paragraph?: ParagraphProps;
  run?: RunProps;
  extra?: string;
};

function style(s: StyleDef): string {
  return (
    `<w:style w:type="${s.type ?? 'paragraph'}" w:styleId="${s.id}"${s.isDefault ? ' w:default="1"' : ''}>` +
    val('name', s.name) +
    (s.basedOn ? val('basedOn', s.basedOn) : '') +
    (s.next ? val('next', s.next) : '') +
    (s.uiPriority === undefined ? '' : val('uiPriority', s.uiPriority)) +
    (s.semiHidden ? '<w:semiHidden/><w:unhideWhenUsed/>' : '') +
    (s.quickFormat ? '<w:qFormat/>' : '') +
    (s.paragraph ? pPr(s.paragraph) : '') +
    (s.run ? rPr(s.run) : '') +
    (s.extra ?? '') +
    '</w:style>'
  );
}

/**
 * styles.xml: named styles, so the client can restyle the whole report in Word in one place,
 * and headings that are Word's own Heading 1–3 (with outline levels) for the navigation pane and
 * the contents.
 */
export function stylesXml(theme: DocxTheme): string {
  const { color, size } = theme;
  const fonts = theme.fonts;
  const heading = (level: 0 | 1 | 2): StyleDef => ({
    id: `Heading${level + 1}`,
    name: `heading ${level + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 9,
    quickFormat: true,
    paragraph: {
      keepNext: true,
      keepLines: true,
      ...(level === 0 ? { borders: { bottom: { style: 'single', size: 12, color: color.brand, space: 6 } } } : {}),
      spacing: [
        { before: 0, after: 320, ...lines(1) },
        { before: 360, after: 140, ...lines(1.05) },
        { before: 260, after: 100, ...lines(1.05) },
      ][level],
      outlineLevel: level,
    },
    run: { fonts, bold: true, color: level === 2 ? color.text : color.brand, size: [size.h1, size.h2, size.h3][level] },
  });
  const styles: StyleDef[] = [
    { id: 'Normal', name: 'Normal', isDefault: true, quickFormat: true },
    { id: 'DefaultParagraphFont', name: 'Default Paragraph Font', type: 'character', isDefault: true, uiPriority: 1, semiHidden: true },
    {
      id: 'TableNormal',
      name: 'Normal Table',
      type: 'table',
      isDefault: true,
      uiPriority: 99,
      semiHidden: true,
      extra: '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    },
    heading(0),
    heading(1),
    heading(2),
    { id: STYLE.listParagraph, name: 'List Paragraph', basedOn: 'Normal', uiPriority: 34, quickFormat: true, paragraph: { spacing: { after: 60, ...lines(1.2) } }, run: { fonts } },
    {
      id: STYLE.caption,
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 35,
      semiHidden: true,
      quickFormat: true,
      paragraph: { keepNext: true, spacing: { before: 160, after: 80, ...lines(1) } },
      run: { fonts, bold: true, italics: false, color: color.muted, size: size.small },
    },
    { id: 'Hyperlink', name: 'Hyperlink', type: 'character', basedOn: 'DefaultParagraphFont', uiPriority: 99, extra: '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>' },
    {
      id: STYLE.coverKind,
      name: 'Cover Kind',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 0, after: 200 } },
      // Letter-spaced capitals suit Latin; Chinese characters are already evenly spaced.
      run: { fonts, bold: true, caps: true, color: color.brand, characterSpacing: theme.chinese ? 10 : 40, size: 26 },
    },
    { id: STYLE.coverTitle, name: 'Cover Title', basedOn: 'Normal', paragraph: { spacing: { after: 240, ...lines(1.05) } }, run: { fonts, bold: true, color: color.text, size: size.title } },
    { id: STYLE.coverClient, name: 'Cover Client', basedOn: 'Normal', paragraph: { spacing: { after: 120 } }, run: { fonts, color: color.muted, size: 30 } },
    { id: STYLE.coverLabel, name: 'Cover Label', basedOn: 'Normal', paragraph: { spacing: { after: 0 } }, run: { fonts, color: color.muted, size: size.small } },
    { id: STYLE.coverValue, name: 'Cover Value', basedOn: 'Normal', paragraph: { spacing: { after: 0 } }, run: { fonts, bold: true, size: size.body } },
    {
      id: STYLE.contentsHeading,
      name: 'Contents Heading',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { borders: { bottom: { style: 'single', size: 12, color: color.brand, space: 6 } }, spacing: { after: 320 } },
      run: { fonts, bold: true, color: color.brand, size: size.h1 },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      paragraph: { spacing: { before: 140, after: 40, line: 240, lineRule: 'auto' } },
      run: { fonts, bold: true, size: size.body },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      paragraph: { spacing: { before: 0, after: 20, line: 240, lineRule: 'auto' }, indent: { left: 440 } },
      run: { fonts, color: color.text, size: size.body },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      // At least 14 pt a line: Chinese and Latin fonts have different natural line heights, and a
      // common floor keeps a label and its value on the same baseline across a table row.
      paragraph: { spacing: { before: 0, after: 0, line: 280, lineRule: 'atLeast' } },
      run: { fonts, size: size.table },
    },
    { id: STYLE.tableHead, name: 'Table Heading', basedOn: STYLE.tableText, paragraph: { keepNext: true }, run: { fonts, bold: true, color: color.onBrand, size: size.table } },
    { id: STYLE.note, name: 'Note', basedOn: 'Normal', paragraph: { spacing: { before: 60, after: 160 } }, run: { fonts, italics: true, color: color.muted, size: size.small } },
    {
      id: STYLE.statement,
      name: 'Statement',
      basedOn: 'Normal',
      paragraph: {
        borders: { left: { style: 'single', size: 24, color: color.brand, space: 12 } },
        spacing: { before: 120, after: 200, ...lines(1.3) },
        indent: { left: 284, right: 284 },
      },
      run: { fonts, italics: true, color: color.text, size: 23 },
    },
    { id: STYLE.chart, name: 'Chart', basedOn: 'Normal', paragraph: { keepLines: true, spacing: { before: 0, after: 200, line: 240, lineRule: 'auto' }, align: 'center' } },
    {
      id: STYLE.headerText,
      name: 'Header Text',
      basedOn: 'Normal',
      paragraph: { borders: { bottom: { style: 'single', size: 4, color: color.rule, space: 4 } }, spacing: { after: 0 } },
      run: { fonts, color: color.muted, size: size.small },
    },
    { id: STYLE.footerText, name: 'Footer Text', basedOn: 'Normal', paragraph: { spacing: { after: 0 }, align: 'right' }, run: { fonts, color: color.muted, size: size.small } },
  ];
  const defaults =
    '<w:docDefaults>' +
    `<w:rPrDefault>${rPr({ fonts, color: color.text, size: size.body, lang: theme.language })}</w:rPrDefault>` +
    `<w:pPrDefault>${pPr({ spacing: { after: 120, ...lines(1.2) } })}</w:pPrDefault>` +
    '</w:docDefaults>';
  return `${XML_HEAD}<w:styles xmlns:w="${W_NS}">${defaults}${styles.map(style).join('')}</w:styles>`;
}

export const LIST = { bullets: 'bullets', ordered: 'ordered' } as const;

const LIST_INDENT = { bullets: { left: 420, hanging: 280 }, ordered: { left: 420, hanging: 320 } } as const;

/**
 * The report's lists for numbering.xml. Every list is its own numbering instance, so each
 * numbered list counts from its own start, as in the editor.
 */
export class ListNumbering {
  private readonly abstracts = new Map<string, number>();
  private readonly instances: { abstractId: number; start: number }[] = [];

  /** A new list's numId: bullets, or numbers counting from `start`. */
  add(kind: keyof typeof LIST, start = 1): number {
    const key = kind === 'bullets' ? 'bullets' : `ordered-${start}`;
    let abstractId = this.abstracts.get(key);
    if (abstractId === undefined) {
      abstractId = this.abstracts.size + 1;
      this.abstracts.set(key, abstractId);
    }
    this.instances.push({ abstractId, start });
    return this.instances.length;
  }

  xml(): string {
    const abstracts = [...this.abstracts].map(([key, id]) => {
      const bullets = key === 'bullets';
      const start = bullets ? 1 : Number(key.slice('ordered-'.length));
      const indent = LIST_INDENT[bullets ? 'bullets' : 'ordered'];
      return (
        `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="singleLevel"/>` +
        `<w:lvl w:ilvl="0">${val('start', start)}${val('numFmt', bullets ? 'bullet' : 'decimal')}${val('lvlText', bullets ? '•' : '%1.')}${val('lvlJc', 'left')}` +
        `<w:pPr><w:ind w:left="${indent.left}" w:hanging="${indent.hanging}"/></w:pPr></w:lvl></w:abstractNum>`
      );
    });
    const nums = this.instances.map(
      ({ abstractId, start }, i) =>
        `<w:num w:numId="${i + 1}">${val('abstractNumId', abstractId)}<w:lvlOverride w:ilvl="0">${val('startOverride', start)}</w:lvlOverride></w:num>`,
    );
    return `${XML_HEAD}<w:numbering xmlns:w="${W_NS}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
  }
}

