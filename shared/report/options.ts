import { z } from 'zod';
import { Id, Language, PART_KEYS, type PartKey, type Plan } from '../domain';
import { base64ToBytes, imageInfo } from './image-info';

/**
 * How a report is made: its language, which parts, and the client-facing look (brand colour,
 * fonts, logo, paper). The same options drive the Word, PDF and Markdown exports and are
 * remembered per plan.
 */

/** Fonts every copy of Word and LibreOffice can show or substitute metrically; nothing exotic a client lacks. */
export const LATIN_FONTS = ['Calibri', 'Arial', 'Georgia', 'Cambria'] as const;
/** Chinese fonts of Windows, macOS and Linux; Word falls back sensibly between them. */
export const EAST_ASIAN_FONTS = ['Microsoft YaHei', 'SimSun', 'PingFang SC', 'Noto Sans CJK SC'] as const;
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const LOGO_MIMES = ['image/png', 'image/jpeg'] as const;
export const REPORT_FORMATS = ['docx', 'pdf', 'md', 'pptx', 'xlsx', 'csv'] as const;

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const MAX_LOGO_BASE64 = Math.ceil(MAX_LOGO_BYTES / 3) * 4;

export type PaperSize = (typeof PAPER_SIZES)[number];
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The file each format is saved as: the CSV export is one file per table, in one zip. */
export const REPORT_EXTENSIONS: Record<ReportFormat, string> = { docx: 'docx', pdf: 'pdf', md: 'md', pptx: 'pptx', xlsx: 'xlsx', csv: 'zip' };

/** Formats that carry the plan's tables, not the report: its look (paper, colour, fonts, logo) and parts do not apply. */
export const TABLE_FORMATS: readonly ReportFormat[] = ['xlsx', 'csv'];

export const BrandColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { message: 'must be a colour like #1F4E79' });

export const ReportLogo = z
  .strictObject({
    mime: z.enum(LOGO_MIMES),
    base64: z
      .string()
      .max(MAX_LOGO_BASE64, { message: `must be at most ${MAX_LOGO_BYTES / 1024 / 1024} MB` })
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'must be base64' })
      .refine((s) => s.length > 0 && s.length % 4 === 0, { message: 'must be base64' }),
    width: z.number().int().min(1).max(20_000),
    height: z.number().int().min(1).max(20_000),
  })
  .refine((logo) => logoMatchesMime(logo.base64, logo.mime), {
    message: 'is not a PNG or JPEG image of the type it claims',
    path: ['base64'],
  });
export type ReportLogo = z.infer<typeof ReportLogo>;

function logoMatchesMime(base64: string, mime: (typeof LOGO_MIMES)[number]): boolean {
  try {
    return imageInfo(base64ToBytes(base64))?.mime === mime;
  } catch {
    return false;
  }
}

export const ReportParts = z
  .array(z.enum(PART_KEYS))
  .min(1, { message: 'must include at least one part' })
  .max(PART_KEYS.length)
  .refine((parts) => parts.every((p, i) => i === 0 || PART_KEYS.indexOf(p) > PART_KEYS.indexOf(parts[i - 1]!)), {
    message: 'must list each part once, in the plan’s order',
  });

export const ReportOptions = z.strictObject({
  language: Language,
  parts: ReportParts,
  brandColor: BrandColor,
  font: z.strictObject({ latin: z.enum(LATIN_FONTS), eastAsia: z.enum(EAST_ASIAN_FONTS) }),
  logo: ReportLogo.nullable(),
  paperSize: z.enum(PAPER_SIZES),
  /** A saved version of the plan: the report ends with the appendix "Changes since" it. */
  changesSince: Id.nullable().optional(),
  /** A last section, "Methods used": each attached playbook's steps and whether the plan covers them. Options saved before it existed read as off. */
  methodsUsed: z.boolean().default(false),
  /** The Budget part ends with the base case and the scenarios side by side (when the plan has scenarios). Options saved before it existed read as on. */
  scenarioTable: z.boolean().default(true),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export const DEFAULT_BRAND_COLOR = '#1F4E79';

// North America prints on Letter; a plan's currency is the best hint the plan has of where it is read.
const LETTER_CURRENCIES = new Set(['USD', 'CAD']);

/** The plan's own language, every part, a sober navy, Calibri with YaHei, and the paper its readers likely use. */
export function defaultReportOptions(plan: Pick<Plan, 'meta'>): ReportOptions {
  return {
    language: plan.meta.language,
    parts: [...PART_KEYS],
    brandColor: DEFAULT_BRAND_COLOR,
    font: { latin: 'Calibri', eastAsia: 'Microsoft YaHei' },
    logo: null,
    paperSize: LETTER_CURRENCIES.has(plan.meta.currency) ? 'Letter' : 'A4',
    methodsUsed: false,
    scenarioTable: true,
  };
}

/** Parts named in any order (a command line, a checkbox list) as the schema wants them: known, once each, in plan order. */
export function orderParts(parts: readonly string[]): PartKey[] {
  return PART_KEYS.filter((key) => parts.includes(key));
}
