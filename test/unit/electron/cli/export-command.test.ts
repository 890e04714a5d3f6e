import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/run-cli';
import { findSoffice } from '../../../../electron/core/export/pdf';
import { newId, type Plan } from '../../../../shared/domain';
import { serializePlanFile } from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';
import { tempDir } from '../../helpers/temp-dir';
import { solidPng } from '../../shared/report/png';
import { count, docxParts } from '../core/export/docx-files';

async function cli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env });
  return { code, stdout, stderr };
}

function planFile(dir: string, plan: Plan = fullPlan(), edit: (file: Record<string, any>) => void = () => {}): string {
  const file = JSON.parse(serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: '2027-01-05T09:30:00.000Z' }));
  edit(file);
  const target = path.join(dir, `${newId()}.mplan`);
  fs.writeFileSync(target, JSON.stringify(file));
  return path.basename(target);
}

describe('planwright export', () => {
  it('writes the Markdown report, in the plan’s language unless told otherwise', async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const zh = await cli(['export', file, '--out', 'report.md'], dir);
    expect(zh).toMatchObject({ code: 0, stderr: '' });
    expect(zh.stdout).toMatch(/^wrote report\.md \(\d+ KB\)\n$/);
    const md = fs.readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(md).toContain('## 第一部分\u3000计划实施概要');
    const en = await cli(['export', file, '--out', 'report.md', '--lang', 'en', '--parts', 'budget,summary'], dir);
    expect(en.code).toBe(0);
    const english = fs.readFileSync(path.join(dir, 'report.md'), 'utf8');
    expect(english.match(/^## \d\u2003.*$/gm)).toEqual(['## 1\u2003Executive summary', '## 2\u2003Budget']);
  });

  it('writes 16:9 slides (.pptx) in the language, parts and colour asked for', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const result = await cli(['export', file, '--out', 'deck.pptx', '--lang', 'en', '--parts', 'summary,budget', '--brand', '#0A7F5A'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote deck\.pptx \(\d+ KB, \d+\.\d s\)\n$/);
    const files = unzipSync(fs.readFileSync(path.join(dir, 'deck.pptx')));
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThanOrEqual(4);
    const text = slides.map((n) => strFromU8(files[n]!)).join('\n');
    expect(text).toContain('Executive summary');
    expect(text).toContain('Budget');
    expect(text).not.toContain('Action programs');
    expect(text).toContain('0A7F5A');
  });

  it('writes the plan’s tables as an Excel workbook, a zip of CSVs, or one table as CSV', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const xlsx = await cli(['export', file, '--out', 'plan.xlsx', '--lang', 'en'], dir);
    expect(xlsx).toMatchObject({ code: 0, stderr: '' });
    const workbook = unzipSync(fs.readFileSync(path.join(dir, 'plan.xlsx')));
    expect(strFromU8(workbook['xl/workbook.xml']!)).toContain('name="KPIs"');
    const zip = await cli(['export', file, '--out', 'tables.zip'], dir);
    expect(zip.code).toBe(0);
    expect(Object.keys(unzipSync(fs.readFileSync(path.join(dir, 'tables.zip'))))).toHaveLength(15);
    const one = await cli(['export', file, '--out', 'kpis.csv', '--table', 'kpis', '--lang', 'en'], dir);
    expect(one.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'kpis.csv'), 'utf8').startsWith('\uFEFFKPI,Unit,')).toBe(true);
    const missing = await cli(['export', file, '--out', 'kpis.csv'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('a .csv file holds one table: name it with --table (segments, competitors,');
  });

  // Where LibreOffice is installed it lays the Word file out once for the contents' page numbers.
  it('writes a Word report with the paper, parts, colour and logo asked for, reporting progress on stderr', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'logo.png'), solidPng(90, 30));
    const file = planFile(dir);
    const result = await cli(
      [
        'export',
        file,
        '-o',
        'out.docx',
        '--paper',
        'letter',
        '--parts',
        'summary,actions',
        '--brand',
        '#0A7F5A',
        '--logo',
        'logo.png',
        '--font',
        'georgia',
      ],
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Word document: part 2 of 2');
    const { xml, media } = docxParts(fs.readFileSync(path.join(dir, 'out.docx')));
    const document = xml['word/document.xml']!;
    expect(count(document, /<w:pStyle w:val="Heading1"\/>/)).toBe(2);
    expect(document).toContain('<w:pgSz w:w="12240" w:h="15840"');
    expect(document).toContain('w:fill="0A7F5A"');
    expect(xml['word/styles.xml']).toContain('w:ascii="Georgia"');
    expect(media.length).toBe(2);
  });

  // docx's estimate of the pages lays the report out in Node: seconds on a busy machine.
  it('says when the contents’ page numbers are estimated because LibreOffice is missing', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = planFile(dir);
    const result = await cli(['export', file, '--out', 'report.docx', '--parts', 'summary,budget'], dir, {
      PLANWRIGHT_SOFFICE: path.join(dir, 'no-soffice'),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('LibreOffice was not found, so the page numbers in the contents are estimated');
    const document = docxParts(fs.readFileSync(path.join(dir, 'report.docx'))).xml['word/document.xml']!;
    expect(document).toMatch(
      /PAGEREF _Toc1[^<]*<\/w:instrText>(?:<\/w:r><w:r>)?<w:fldChar w:fldCharType="separate"\/>(?:<\/w:r><w:r>)?<w:t[^>]*>\d+<\/w:t>/,
    );
  });

  it('lists the problems of an invalid plan file, exits 1 and writes nothing', async () => {
    const dir = tempDir();
    const file = planFile(dir, fullPlan(), (f) => {
      f.plan.collections.actions[0].cost = 1.5;
      f.plan.meta.currency = 'money';
    });
    const result = await cli(['export', file, '--out', 'report.docx'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/actions\[0\]\.cost: /);
    expect(result.stdout).toMatch(/currency: /);
    expect(result.stderr).toMatch(/is not a valid plan file \(\d+ problems\); no report was written/);
    expect(fs.existsSync(path.join(dir, 'report.docx'))).toBe(false);
  });

  it.each([
    [['--out', 'report.txt'], /--out must end in \.docx, \.pdf, \.md, \.pptx, \.xlsx, \.zip or \.csv/],
    [[], /say where to write the report with --out/],
    [['--out', 'r.md', '--lang', 'fr'], /--lang must be one of en, zh-CN, not "fr"/],
    [['--out', 'r.md', '--parts', 'summary,pricing'], /"pricing" is not one/],
    [['--out', 'r.md', '--paper', 'A3'], /--paper must be A4 or Letter/],
    [['--out', 'r.md', '--brand', 'blue'], /--brand must be a colour like #1F4E79/],
    [['--out', 'r.md', '--cjk-font', 'Comic Sans'], /--cjk-font must be one of/],
    [['--out', 'r.md', '--logo', 'missing.png'], /--logo missing\.png: no such file/],
    [['--out', 'nowhere/r.md'], /the folder nowhere does not exist/],
  ])('refuses %j with a usage error (exit 2)', async (options, message) => {
    const dir = tempDir();
    const file = planFile(dir);
    const result = await cli(['export', file, ...options], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: planwright export');
  });

  it('says LibreOffice is needed for PDF when it is not there, exit 1', async () => {
    const dir = tempDir();
    const result = await cli(['export', planFile(dir), '--out', 'r.pdf'], dir, { PLANWRIGHT_SOFFICE: path.join(dir, 'no-soffice') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PDF export needs LibreOffice/);
    expect(fs.existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });

  it.skipIf(findSoffice() === null)(
    'writes a PDF with LibreOffice',
    async () => {
      const dir = tempDir();
      const result = await cli(['export', planFile(dir), '--out', 'r.pdf', '--lang', 'en'], dir);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('converting to PDF with LibreOffice');
      expect(fs.readFileSync(path.join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    120_000,
  );
});
