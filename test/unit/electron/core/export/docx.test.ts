import { describe, expect, it } from 'vitest';
import { rasteriseReportCharts } from '../../../../../electron/core/export/chart-png';
import { unzipSync } from 'fflate';
import { buildDocx } from '../../../../../electron/core/export/docx';
import { CHART_DPI, chartPrintSize } from '../../../../../electron/core/export/docx/render';
import { fittedWidths, keepsWithNext } from '../../../../../electron/core/export/docx/tables';
import { docxTheme } from '../../../../../electron/core/export/docx/theme';
import { imageInfo } from '../../../../../shared/report/image-info';
import type { ChartBlock, ReportModel } from '../../../../../shared/report/types';
import { solidPng } from '../../../shared/report/png';
import { emptyPlan, modelOf, reportPlan } from '../../../shared/report/report-fixtures';
import { bodyText, count, docxParts } from './docx-files';

const LOGO = { mime: 'image/png' as const, base64: solidPng(120, 40).toString('base64'), width: 120, height: 40 };

function docx(model: ReportModel): Promise<Buffer> {
  return buildDocx(model, { renderCharts: rasteriseReportCharts });
}

function chartCount(model: ReportModel): number {
  return model.parts.reduce((sum, part) => sum + part.blocks.filter((b) => b.kind === 'chart').length, 0);
}

describe('Word export of a full plan (en)', async () => {
  const model = modelOf(reportPlan(), { logo: LOGO, brandColor: '#7A1F5C' });
  const { xml, media } = docxParts(await docx(model));
  const document = xml['word/document.xml']!;

  it('writes the headings as Word’s Heading 1–3, with outline levels for the navigation pane', () => {
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/)).toBe(8);
    expect(count(document, /<w:pStyle w:val="Heading2"\/>/)).toBeGreaterThan(15);
    expect(count(document, /<w:pStyle w:val="Heading3"\/>/)).toBeGreaterThan(3);
    const styles = xml['word/styles.xml']!;
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0];
      expect(style).toContain(`<w:outlineLvl w:val="${level}"/>`);
      // Parts and sections in the brand colour; subsections in the text colour.
      expect(style.includes('<w:color w:val="7A1F5C"/>')).toBe(level < 2);
    }
    expect(bodyText(document)).toContain('1\u2003Executive summary');
    expect(bodyText(document)).toContain('2.1.1\u2003Segments');
  });

  it('has a table of contents field over headings 1–2 that Word updates on opening', () => {
    expect(document.includes('TOC \\h \\o &quot;1-2&quot;')).toBe(true);
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(/<w:updateFields(?: w:val="true")?\/>/.test(xml['word/settings.xml']!)).toBe(true);
  });

  it('puts the plan name and the part (a STYLEREF field to its Heading 1) in the header, and page X of Y in the footer', () => {
    const headers = Object.entries(xml)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, text]) => text);
    expect(headers).toHaveLength(1);
    expect(bodyText(headers[0]!)).toBe('Spring enrolment 2027');
    expect(headers[0]).toContain('<w:fldSimple w:instr="STYLEREF &quot;Heading 1&quot;"');
    const footers = Object.entries(xml)
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, text]) => text);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(bodyText(footer)).toMatch(/^Page .* of $/);
    }
  });

  it('starts the parts on a new page after the contents, each further part following where the last ends (A4)', () => {
    // Cover, contents, parts: three sections, none of them forcing a part onto a new page.
    expect(count(document, /<w:sectPr/)).toBe(3);
    expect(count(document, /<w:pgSz w:w="11906" w:h="16838"/)).toBe(3);
    expect(document).not.toMatch(/<w:br w:type="page"\/>|<w:pageBreakBefore\/>/);
    const heading1 = xml['word/styles.xml']!.match(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/)![0];
    expect(heading1).toContain('<w:keepNext/>');
    expect(heading1).not.toContain('pageBreakBefore');
  });

  it('makes real tables: brand-coloured header rows that repeat, rows that never split', () => {
    expect(count(document, /<w:tblHeader\/>/)).toBeGreaterThan(15);
    const headerRows = [...document.matchAll(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>([\s\S]*?)<\/w:tr>/g)];
    expect(headerRows.every((row) => row[1]!.includes('<w:shd w:fill="7A1F5C"'))).toBe(true);
    expect(count(document, /<w:cantSplit\/>/)).toBeGreaterThan(50);
    expect(bodyText(document)).toContain('Working parents');
    expect(bodyText(document)).toContain('432,000.00');
  });

  it('embeds one PNG per chart and the logo', () => {
    expect(chartCount(model)).toBe(5);
    expect(media.filter((m) => m.endsWith('.png'))).toHaveLength(chartCount(model) + 1);
    expect(count(document, /<wp:docPr [^>]*descr="[^"]{10,}"/)).toBe(chartCount(model) + 1);
  });

  it('keeps bold and italic runs and numbered lists of the narrative', () => {
    expect(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>keeping<\/w:t><\/w:r>/.test(document)).toBe(true);
    expect(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>not discounting<\/w:t><\/w:r>/.test(document)).toBe(true);
    expect(/<w:r><w:t[^>]*>We grow by <\/w:t><\/w:r>/.test(document)).toBe(true);
    expect(xml['word/numbering.xml']).toContain('<w:start w:val="3"/>');
  });
});

describe('Word export options', () => {
  it('sets the East Asian font and language and numbers parts in Chinese for zh-CN', async () => {
    const model = modelOf(reportPlan('zh-CN'), { font: { latin: 'Georgia', eastAsia: 'SimSun' }, paperSize: 'Letter' });
    const { xml } = docxParts(await docx(model));
    const styles = xml['word/styles.xml']!;
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Georgia" w:cs="Georgia" w:eastAsia="SimSun" w:hAnsi="Georgia"\/>/);
    expect(defaults).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    // Declared with its Chinese name and the GB2312 character set, so a reader without it substitutes a Simplified Chinese face.
    expect(xml['word/fontTable.xml']).toContain(
      '<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>',
    );
    expect(xml['word/fontTable.xml']).toContain('<w:font w:name="Georgia">');
    expect(styles.match(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/)![0]).toContain('w:eastAsia="SimSun"');
    const text = bodyText(xml['word/document.xml']!);
    expect(text).toContain('第一部分\u3000计划实施概要');
    expect(text).toContain('一、市场');
    expect(xml['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    const footer = Object.entries(xml).find(([name]) => /^word\/footer\d+\.xml$/.test(name))![1];
    expect(bodyText(footer)).toMatch(/^第 .*页，共 .*页$/);
  });

  it('writes an empty plan: every part heading with its note, no pictures', async () => {
    const model = modelOf(emptyPlan());
    const { xml, media } = docxParts(await docx(model));
    const document = xml['word/document.xml']!;
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/)).toBe(8);
    expect(count(bodyText(document), /This part has not been written yet\./)).toBe(8);
    expect(media).toEqual([]);
  });
});

describe('the .docx package', () => {
  it('draws each chart at 150 dpi at its printed size, in the order of the document', async () => {
    const model = modelOf(reportPlan());
    const bytes = await docx(model);
    const files = unzipSync(bytes);
    const document = new TextDecoder().decode(files['word/document.xml']);
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
    const theme = docxTheme(model.options);
    const charts = model.parts.flatMap((p) => p.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
    const embedded = [...document.matchAll(/<wp:docPr [^>]*name="([^"]*)"[\s\S]*?r:embed="([^"]+)"/g)].map((m) => ({
      name: m[1],
      target: new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1],
    }));
    expect(embedded.map((e) => e.name)).toEqual(charts.map((c) => c.caption));
    charts.forEach((chart, i) => {
      const png = imageInfo(files[`word/${embedded[i]!.target}`]!)!;
      const printed = chartPrintSize(chart, theme);
      expect(Math.abs(png.width - (printed.width / 96) * CHART_DPI)).toBeLessThan(3);
      expect(png.width / png.height).toBeCloseTo(chart.width / chart.height, 1);
    });
  });

  it('escapes markup in the plan’s text and keeps tabs and line breaks as Word’s', async () => {
    const plan = reportPlan();
    plan.meta.name = 'Tom & Jerry <b>"Spring"</b>\tsale\nnext line';
    const { xml } = docxParts(await docx(modelOf(plan)));
    const document = xml['word/document.xml']!;
    expect(document).toContain(
      'Tom &amp; Jerry &lt;b&gt;&quot;Spring&quot;&lt;/b&gt;</w:t><w:tab/><w:t xml:space="preserve">sale</w:t><w:cr/><w:t xml:space="preserve">next line</w:t>',
    );
    expect(xml['docProps/core.xml']).toContain('<dc:title>Tom &amp; Jerry &lt;b&gt;&quot;Spring&quot;&lt;/b&gt;');
  });

  it('lists parts and sections in the contents, each linked to its bookmarked heading with a PAGEREF for its page', async () => {
    const model = modelOf(reportPlan());
    const { xml } = docxParts(await docx(model));
    const document = xml['word/document.xml']!;
    const entries = [...document.matchAll(/<w:pStyle w:val="TOC(\d)"\/>[\s\S]*?<w:hyperlink [^>]*w:anchor="(_Toc\d+)"[\s\S]*?PAGEREF (_Toc\d+)</g)];
    const headings = model.parts.flatMap((p) => [p.heading, ...p.blocks.filter((b) => b.kind === 'heading' && b.level === 2)]);
    expect(entries).toHaveLength(headings.length);
    for (const [, level, anchor, pageRef] of entries) {
      expect(pageRef).toBe(anchor);
      expect(document).toMatch(new RegExp(`<w:bookmarkStart [^>]*w:name="${anchor}"`));
      expect(['1', '2']).toContain(level);
    }
    expect(bodyText(document)).toContain('1\u2003Executive summary');
  });
});

describe('table column widths', () => {
  it('widens a column whose header word or number would break, taking room from text columns', () => {
    const widths = fittedWidths(
      {
        kind: 'table',
        id: 't',
        caption: null,
        note: null,
        footer: [],
        columns: [
          { header: 'Name', align: 'left', width: 6 },
          { header: 'Customers', align: 'right', width: 0.5 },
          { header: 'Spend', align: 'right', width: 0.5 },
        ],
        rows: [[{ text: 'A long description that can wrap anywhere between its words' }, { text: '1,195' }, { text: '12,611,600.00' }]],
      },
      9000,
      18,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    // "Customers" in bold 9 pt and "12,611,600.00" need more than a 1/13 share of the width.
    expect(widths[1]).toBeGreaterThan(1100);
    expect(widths[2]).toBeGreaterThan(1600);
    expect(widths[0]).toBeGreaterThan(5000);
  });
});

describe('pages without large blanks', () => {
  it('keeps a short table whole, and of a long one only the first and the last two rows together', () => {
    expect([0, 1, 2, 3].map((i) => keepsWithNext(i, 4))).toEqual([true, true, true, false]);
    const long = Array.from({ length: 30 }, (_, i) => keepsWithNext(i, 30));
    expect(long.flatMap((keep, i) => (keep ? [i] : []))).toEqual([0, 28]);
  });

  it('prints no chart taller than 60% of the page, so it fits on any page not yet half full', () => {
    const theme = docxTheme(modelOf(reportPlan()).options);
    for (const height of [200, 600, 900, 1400]) {
      const printed = chartPrintSize({ width: 680, height }, theme);
      expect(printed.height).toBeLessThanOrEqual(theme.textHeightPx * 0.6);
      expect(printed.width).toBeLessThanOrEqual(theme.textWidthPx);
    }
  });

  it('lets the two halves of the SWOT matrix sit on two pages', async () => {
    const { xml } = docxParts(await docx(modelOf(reportPlan())));
    const matrix = xml['word/document.xml']!.match(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?w:color w:val="2E7D4F"[\s\S]*?<\/w:tbl>/)![0];
    expect(matrix).not.toContain('<w:keepNext/>');
  });
});

describe('Chinese typography in the Word report', async () => {
  const plan = reportPlan('zh-CN');
  plan.fields.summary.narrative = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '不打价格战', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'never discount', marks: [{ type: 'italic' }] },
        ],
      },
    ],
  };
  plan.fields.strategy.positioning.statement = '为合肥 6–14 岁孩子的家长提供看得见进步的编程课。';
  const { xml } = docxParts(await docx(modelOf(plan)));
  const document = xml['word/document.xml']!;
  const styles = xml['word/styles.xml']!;

  it('sets no Chinese text in italics: not the statement, not the notes, not an italic run of the narrative', () => {
    for (const id of ['Statement', 'Note'])
      expect(styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))![0]).not.toMatch(/<w:i\/>/);
    expect(document).toMatch(/<w:r>(?:<w:rPr><\/w:rPr>)?<w:t[^>]*>不打价格战<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>never discount<\/w:t><\/w:r>/);
  });

  it('keeps a Chinese statement upright in an English report', async () => {
    const { xml: english } = docxParts(await docx(modelOf(plan, { language: 'en' })));
    expect(english['word/document.xml']).toMatch(/<w:pStyle w:val="Statement"\/><\/w:pPr><w:r><w:rPr><w:i w:val="false"\/>/);
  });

  it('writes dates in one style and large round sums in 万', () => {
    const text = bodyText(document);
    expect(text).not.toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/);
    expect(text).toMatch(/¥[\d,.]+万/);
  });
});
