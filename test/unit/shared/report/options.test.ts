import { describe, expect, it } from 'vitest';
import { PART_KEYS } from '../../../../shared/domain';
import { bytesToBase64, imageInfo } from '../../../../shared/report/image-info';
import { defaultReportOptions, MAX_LOGO_BYTES, orderParts, ReportOptions } from '../../../../shared/report/options';
import { solidPng } from './png';
import { reportPlan } from './report-fixtures';

const PNG_2X1 = solidPng(2, 1).toString('base64');

describe('ReportOptions', () => {
  const plan = reportPlan();

  it('defaults to the plan language, every part, A4 and a valid brand colour', () => {
    const options = defaultReportOptions(plan);
    expect(options).toEqual({
      language: 'en',
      parts: [...PART_KEYS],
      brandColor: '#1F4E79',
      font: { latin: 'Calibri', eastAsia: 'Microsoft YaHei' },
      logo: null,
      paperSize: 'A4',
      methodsUsed: false,
      scenarioTable: true,
    });
    expect(ReportOptions.safeParse(options).success).toBe(true);
  });

  it('prints on Letter for plans in US or Canadian dollars', () => {
    expect(defaultReportOptions({ meta: { ...plan.meta, currency: 'USD' } }).paperSize).toBe('Letter');
  });

  it('refuses a colour that is not #RRGGBB, an unknown font, and parts out of order or twice', () => {
    const base = defaultReportOptions(plan);
    const problems = (value: unknown) => ReportOptions.safeParse(value).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(problems({ ...base, brandColor: 'navy' })).toEqual(['brandColor']);
    expect(problems({ ...base, font: { latin: 'Comic Sans MS', eastAsia: 'SimSun' } })).toEqual(['font.latin']);
    expect(problems({ ...base, parts: ['budget', 'summary'] })).toEqual(['parts']);
    expect(problems({ ...base, parts: ['summary', 'summary'] })).toEqual(['parts']);
    expect(problems({ ...base, parts: [] })).toEqual(['parts']);
    expect(problems({ ...base, paperSize: 'A3' })).toEqual(['paperSize']);
  });

  it('takes a PNG logo and refuses one whose bytes are not the image type it claims, or too large', () => {
    const base = defaultReportOptions(plan);
    expect(ReportOptions.safeParse({ ...base, logo: { mime: 'image/png', base64: PNG_2X1, width: 2, height: 1 } }).success).toBe(true);
    const wrongType = ReportOptions.safeParse({ ...base, logo: { mime: 'image/jpeg', base64: PNG_2X1, width: 2, height: 1 } });
    expect(wrongType.error?.issues.map((i) => i.path.join('.'))).toEqual(['logo.base64']);
    const huge = bytesToBase64(new Uint8Array(MAX_LOGO_BYTES + 3));
    const tooLarge = ReportOptions.safeParse({ ...base, logo: { mime: 'image/png', base64: huge, width: 2, height: 1 } });
    expect(tooLarge.error?.issues[0]?.message).toMatch(/at most 2 MB/);
  });

  it('puts parts named in any order into the plan order, dropping unknown names', () => {
    expect(orderParts(['budget', 'summary', 'nonsense', 'swot'])).toEqual(['summary', 'swot', 'budget']);
  });
});

describe('imageInfo', () => {
  it('reads the size of a PNG and of a JPEG from their headers', () => {
    expect(imageInfo(Uint8Array.from(Buffer.from(PNG_2X1, 'base64')))).toEqual({ mime: 'image/png', width: 2, height: 1 });
    // SOI, an APP0 segment of 16 bytes, then SOF0 with height 30 and width 40.
    const jpeg = Uint8Array.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x00,
      0x10,
      ...new Array(14).fill(0),
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x00,
      0x1e,
      0x00,
      0x28,
      0x03,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(imageInfo(jpeg)).toEqual({ mime: 'image/jpeg', width: 40, height: 30 });
    expect(imageInfo(Uint8Array.from([1, 2, 3]))).toBeNull();
  });
});
