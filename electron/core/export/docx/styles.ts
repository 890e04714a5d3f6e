import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { DocxTheme } from './theme';

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

export const LIST = { bullets: 'report-bullets', ordered: 'report-ordered' } as const;

export const LIST_INDENT = { bullets: { left: 420, hanging: 280 }, ordered: { left: 420, hanging: 320 } } as const;

export function fontsOf(theme: DocxTheme) {
  return { ascii: theme.fonts.latin, hAnsi: theme.fonts.latin, cs: theme.fonts.latin, eastAsia: theme.fonts.eastAsia };
}

/** Line spacing as a multiple of single (240 = single), auto so CJK and Latin lines grow alike. */
function lines(multiple: number) {
  return { line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO };
}

/**
 * Named styles, so the client can restyle the whole report in Word in one place, and headings that
 * are Word's own Heading 1–3 (with outline levels) for the navigation pane and the contents.
 */
export function reportStyles(theme: DocxTheme): IStylesOptions {
  const { color, size } = theme;
  const font = fontsOf(theme);
  const heading = (level: 0 | 1 | 2) => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font, bold: true, color: level === 2 ? color.text : color.brand, size: [size.h1, size.h2, size.h3][level] },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      spacing: [
        // A part follows the last one on its page: room above it, none at the top of a page.
        { before: 480, after: 320, ...lines(1) },
        { before: 360, after: 140, ...lines(1.05) },
        { before: 260, after: 100, ...lines(1.05) },
      ][level],
      ...(level === 0 ? { border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: color.brand, space: 6 } } } : {}),
    },
  });
  return {
    default: {
      document: {
        run: { font, size: size.body, color: color.text, language: theme.language },
        paragraph: { spacing: { after: 120, ...lines(1.2) } },
      },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      listParagraph: { run: { font }, paragraph: { spacing: { after: 60, ...lines(1.2) } } },
      caption: {
        run: { font, size: size.small, bold: true, italics: false, color: color.muted },
        paragraph: { keepNext: true, spacing: { before: 160, after: 80, ...lines(1) } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.coverKind,
        name: 'Cover Kind',
        basedOn: 'Normal',
        // Letter-spaced capitals suit Latin; Chinese characters are already evenly spaced.
        run: { font, size: 26, bold: true, color: color.brand, characterSpacing: theme.chinese ? 10 : 40, allCaps: true },
        paragraph: { spacing: { before: 0, after: 200 } },
      },
      {
        id: STYLE.coverTitle,
        name: 'Cover Title',
        basedOn: 'Normal',
        run: { font, size: size.title, bold: true, color: color.text },
        paragraph: { spacing: { after: 240, ...lines(1.05) } },
      },
      {
        id: STYLE.coverClient,
        name: 'Cover Client',
        basedOn: 'Normal',
        run: { font, size: 30, color: color.muted },
        paragraph: { spacing: { after: 120 } },
      },
      {
        id: STYLE.coverLabel,
        name: 'Cover Label',
        basedOn: 'Normal',
        run: { font, size: size.small, color: color.muted },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.coverValue,
        name: 'Cover Value',
        basedOn: 'Normal',
        run: { font, size: size.body, bold: true },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: STYLE.contentsHeading,
        name: 'Contents Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, size: size.h1, bold: true, color: color.brand },
        paragraph: { spacing: { after: 320 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: color.brand, space: 6 } } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        run: { font, bold: true, size: size.body },
        paragraph: { spacing: { before: 140, after: 40, ...lines(1) } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        run: { font, size: size.body, color: color.text },
        paragraph: { indent: { left: 440 }, spacing: { before: 0, after: 20, ...lines(1) } },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { font, size: size.table },
        // At least 14 pt a line: Chinese and Latin fonts have different natural line heights, and a
        // common floor keeps a label and its value on the same baseline across a table row.
        paragraph: { spacing: { before: 0, after: 0, line: 280, lineRule: LineRuleType.AT_LEAST } },
      },
      {
        id: STYLE.tableHead,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        run: { font, size: size.table, bold: true, color: color.onBrand },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        run: { font, size: size.small, italics: !theme.chinese, color: color.muted },
        paragraph: { spacing: { before: 60, after: 160 } },
      },
      {
        id: STYLE.statement,
        name: 'Statement',
        basedOn: 'Normal',
        // Chinese has no italic: the statement is set off by its rule and indent alone.
        run: { font, size: 23, italics: !theme.chinese, color: color.text },
        paragraph: {
          indent: { left: 284, right: 284 },
          spacing: { before: 120, after: 200, ...lines(1.3) },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: color.brand, space: 12 } },
        },
      },
      {
        id: STYLE.chart,
        name: 'Chart',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, keepLines: true, spacing: { before: 0, after: 200, ...lines(1) } },
      },
      {
        id: STYLE.headerText,
        name: 'Header Text',
        basedOn: 'Normal',
        run: { font, size: size.small, color: color.muted },
        paragraph: { spacing: { after: 0 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: color.rule, space: 4 } } },
      },
      {
        id: STYLE.footerText,
        name: 'Footer Text',
        basedOn: 'Normal',
        run: { font, size: size.small, color: color.muted },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
      },
    ],
  };
}

/** A numbered list's definition counting from `start` (the document's own lists count from 1). */
export function orderedFrom(start: number) {
  return {
    reference: `${LIST.ordered}-from-${start}`,
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: '%1.',
        start,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: LIST_INDENT.ordered } },
      },
    ],
  };
}

export function reportNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: LIST.bullets,
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: LIST_INDENT.bullets } } },
        ],
      },
      {
        reference: LIST.ordered,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: LIST_INDENT.ordered } },
          },
        ],
      },
    ],
  };
}
