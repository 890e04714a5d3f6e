import fs from 'node:fs';
import path from 'node:path';
import { isPartKey, LANGUAGES, PART_KEYS, type Language, type Plan } from '../../../shared/domain';
import { parsePlanFile } from '../../../shared/file-format';
import { bytesToBase64, imageInfo } from '../../../shared/report/image-info';
import {
  defaultReportOptions,
  EAST_ASIAN_FONTS,
  LATIN_FONTS,
  MAX_LOGO_BYTES,
  orderParts,
  PAPER_SIZES,
  ReportOptions,
  type ReportFormat,
  type ReportLogo,
} from '../../../shared/report/options';
import { exportReport, type ExportProgress } from '../../core/export/export-service';
import { tableToCsv } from '../../core/export/sheets/csv';
import { buildPlanTables, SHEET_TABLE_IDS } from '../../../shared/sheets/plan-tables';
import { createTranslate } from '../../../shared/i18n/translate';
import { findSoffice, LibreOfficeMissingError, PdfConversionError } from '../../core/export/pdf';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand, type CliIo } from '../command';
import { problemLines, readPlanFileText } from '../read-plan-file';
import { writeFileWholeSync } from '../../core/write-file-whole';

/** Said when a Word report's contents carry docx's estimate of its page numbers instead of LibreOffice's layout. */
export const ESTIMATED_PAGES =
  'LibreOffice was not found, so the page numbers in the contents are estimated and may be off by a page in some readers; ' +
  'install LibreOffice (or set PLANWRIGHT_SOFFICE) for exact ones, or update the contents in Word (F9).';

const FORMATS: Record<string, ReportFormat | 'csvTable'> = {
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.md': 'md',
  '.pptx': 'pptx',
  '.xlsx': 'xlsx',
  '.zip': 'csv',
  '.csv': 'csvTable',
};

function quoteList(values: readonly string[]): string {
  return values.map((v) => (v.includes(' ') ? `"${v}"` : v)).join(', ');
}

type OptionResult = { ok: true; options: ReportOptions } | { ok: false; message: string };

function readLogo(file: string, io: CliIo): { ok: true; logo: ReportLogo } | { ok: false; message: string } {
  const full = path.resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    if (fs.statSync(full).size > MAX_LOGO_BYTES)
      return { ok: false, message: `--logo ${file}: the image is larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB` };
    bytes = fs.readFileSync(full);
  } catch {
    return { ok: false, message: `--logo ${file}: no such file` };
  }
  const info = imageInfo(bytes);
  if (!info) return { ok: false, message: `--logo ${file}: not a PNG or JPEG image` };
  return { ok: true, logo: { mime: info.mime, base64: bytesToBase64(bytes), width: info.width, height: info.height } };
}

/** The report options from the plan's defaults and the command line, checked by the same schema as the app's. */
function reportOptions(plan: Plan, values: Record<string, string | boolean | undefined>, io: CliIo): OptionResult {
  const options = defaultReportOptions(plan);
  const lang = values.lang as string | undefined;
  if (lang !== undefined) {
    if (!(LANGUAGES as readonly string[]).includes(lang))
      return { ok: false, message: `--lang must be one of ${LANGUAGES.join(', ')}, not "${lang}"` };
    options.language = lang as Language;
  }
  const paper = values.paper as string | undefined;
  if (paper !== undefined) {
    const match = PAPER_SIZES.find((p) => p.toLowerCase() === paper.toLowerCase());
    if (!match) return { ok: false, message: `--paper must be ${PAPER_SIZES.join(' or ')}, not "${paper}"` };
    options.paperSize = match;
  }
  const parts = values.parts as string | undefined;
  if (parts !== undefined) {
    const names = parts
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !isPartKey(n));
    if (unknown.length > 0 || names.length === 0) {
      return {
        ok: false,
        message: `--parts takes part names separated by commas: ${PART_KEYS.join(',')}${unknown.length ? ` ("${unknown.join('", "')}" is not one)` : ''}`,
      };
    }
    options.parts = orderParts(names);
  }
  if (values.brand !== undefined) options.brandColor = String(values.brand);
  const font = values.font as string | undefined;
  if (font !== undefined) {
    const match = LATIN_FONTS.find((f) => f.toLowerCase() === font.toLowerCase());
    if (!match) return { ok: false, message: `--font must be one of ${quoteList(LATIN_FONTS)}, not "${font}"` };
    options.font = { ...options.font, latin: match };
  }
  const cjk = values['cjk-font'] as string | undefined;
  if (cjk !== undefined) {
    const match = EAST_ASIAN_FONTS.find((f) => f.toLowerCase() === cjk.toLowerCase());
    if (!match) return { ok: false, message: `--cjk-font must be one of ${quoteList(EAST_ASIAN_FONTS)}, not "${cjk}"` };
    options.font = { ...options.font, eastAsia: match };
  }
  if (values.logo !== undefined) {
    const logo = readLogo(String(values.logo), io);
    if (!logo.ok) return logo;
    options.logo = logo.logo;
  }
  const checked = ReportOptions.safeParse(options);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const option = { brandColor: '--brand', logo: '--logo' }[String(issue.path[0])] ?? String(issue.path[0]);
    return { ok: false, message: `${option} ${issue.message}` };
  }
  return { ok: true, options: checked.data };
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function progressPrinter(io: CliIo): (progress: ExportProgress) => void {
  return ({ stage, done, total }) => {
    if (stage === 'docx' && done === 0) return;
    if (stage === 'docx') io.stderr(`  Word document: part ${done} of ${total}\n`);
    else if (stage === 'pptx' && done === 0) io.stderr('  drawing the charts and the slides…\n');
    else if (stage === 'pdf' && done === 0) io.stderr('  converting to PDF with LibreOffice…\n');
  };
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a plan file’s report (Word, PDF, Markdown), slides (PowerPoint) or tables (Excel, CSV)',
  usage: `Usage: planwright export <file.mplan> --out <file.docx|.pdf|.md|.pptx|.xlsx|.zip|.csv> [options]

Writes the plan's report for a client, in the format the --out extension names: Word (.docx),
PDF (made from the Word file by LibreOffice, which must be installed), Markdown (.md, also a
plain-text copy for e-mail), 16:9 slides for the client meeting (.pptx), or the plan's tables
for spreadsheets: an Excel workbook with one sheet per table (.xlsx), every table as a CSV file
in one zip (.zip), or one table as CSV (.csv, with --table). An existing --out file is
replaced only once the new one is complete. The plan file is checked first; its
problems are printed as "path: message".

  --out FILE          where to write the report (required)
  --lang en|zh-CN     the report's language (default: the plan's)
  --paper A4|Letter   paper size (default: A4; Letter for plans in US or Canadian dollars; not for slides)
  --parts LIST        the parts to include, comma-separated, from:
                      ${PART_KEYS.join(',')}
  --brand #RRGGBB     the colour of headings and table headers (default: #1F4E79)
  --font NAME         Latin font: ${quoteList(LATIN_FONTS)} (default: Calibri)
  --cjk-font NAME     Chinese font: ${quoteList(EAST_ASIAN_FONTS)} (default: "Microsoft YaHei")
  --logo FILE         a PNG or JPEG for the cover (and each slide's corner), at most 2 MB
  --table NAME        with --out FILE.csv, the table to write: ${SHEET_TABLE_IDS.join(', ')}

Exit codes: 0 written, 1 the plan file or the conversion failed, 2 wrong usage.`,

  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      paper: { type: 'string' },
      parts: { type: 'string' },
      brand: { type: 'string' },
      font: { type: 'string' },
      'cjk-font': { type: 'string' },
      logo: { type: 'string' },
      table: { type: 'string' },
    });
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1)
      return usageError(io, this, parsed.positionals.length === 0 ? 'name the plan file to export' : 'export one plan file at a time');
    const out = parsed.values.out as string | undefined;
    if (!out) return usageError(io, this, 'say where to write the report with --out FILE.docx, .pdf, .md, .pptx, .xlsx, .zip or .csv');
    const format = FORMATS[path.extname(out).toLowerCase()];
    if (!format) return usageError(io, this, `--out must end in .docx, .pdf, .md, .pptx, .xlsx, .zip or .csv, not "${path.basename(out)}"`);
    const table = parsed.values.table as string | undefined;
    if (format === 'csvTable' && !(SHEET_TABLE_IDS as readonly string[]).includes(table ?? ''))
      return usageError(
        io,
        this,
        table === undefined
          ? `a .csv file holds one table: name it with --table (${SHEET_TABLE_IDS.join(', ')}), or write them all with --out FILE.zip`
          : `--table must be one of ${SHEET_TABLE_IDS.join(', ')}, not "${table}"`,
      );
    if (format !== 'csvTable' && table !== undefined) return usageError(io, this, '--table goes with --out FILE.csv');
    const target = path.resolve(io.cwd, out);
    if (!fs.existsSync(path.dirname(target))) return usageError(io, this, `--out: the folder ${path.dirname(out)} does not exist`);

    const file = parsed.positionals[0]!;
    const read = readPlanFileText(file, io.cwd);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      return EXIT.refused;
    }
    const result = parsePlanFile(read.text);
    if (!result.ok) {
      io.stdout(problemLines(result.problems));
      io.stderr(
        `${file} is not a valid plan file (${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}); no report was written.\n`,
      );
      return EXIT.refused;
    }
    const plan = result.file.plan;
    const options = reportOptions(plan, parsed.values, io);
    if (!options.ok) return usageError(io, this, options.message);

    if (format === 'csvTable') {
      const tables = buildPlanTables(plan, createTranslate(options.options.language), options.options.language);
      const csv = tableToCsv(
        tables.tables.find((x) => x.id === table)!,
        tables.currency,
      );
      writeFileWholeSync(target, Buffer.from(csv, 'utf8'));
      io.stdout(`wrote ${out} (${size(Buffer.byteLength(csv))})\n`);
      return EXIT.ok;
    }

    // Without LibreOffice a PDF cannot be made: say so before spending time on the Word file.
    // A Word file is laid out once by LibreOffice, where installed, for its contents' page numbers.
    const soffice = format === 'docx' || format === 'pdf' ? findSoffice({ env: { ...process.env, ...io.env } }) : null;
    if (format === 'pdf' && soffice === null) {
      io.stderr(`${new LibreOfficeMissingError().message}\n`);
      return EXIT.refused;
    }

    if (format === 'docx' || format === 'pdf' || format === 'pptx')
      io.stderr(`Writing the report of “${plan.meta.name}” (${options.options.parts.length} parts)…\n`);
    try {
      const started = Date.now();
      const report = await exportReport(plan, {
        format,
        options: options.options,
        onProgress: progressPrinter(io),
        pdf: { soffice },
      });
      writeFileWholeSync(target, report.data);
      io.stdout(
        `wrote ${out} (${size(report.data.length)}${format === 'md' || format === 'csv' ? '' : `, ${((Date.now() - started) / 1000).toFixed(1)} s`})\n`,
      );
      if (report.pageNumbers === 'estimated') io.stderr(`${ESTIMATED_PAGES}\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof LibreOfficeMissingError || error instanceof PdfConversionError) {
        io.stderr(`${error.message}\n`);
        return EXIT.refused;
      }
      throw error;
    }
  },
};
