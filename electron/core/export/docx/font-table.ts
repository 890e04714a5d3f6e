import type { EAST_ASIAN_FONTS, LATIN_FONTS, ReportOptions } from '../../../../shared/report/options';

/**
 * The report's two fonts declared as Word itself declares them in `word/fontTable.xml`: each with
 * its classification (PANOSE, family, pitch) and character set, and a Chinese font with its Chinese
 * name. A reader without the font substitutes by these: the GB2312 character set (86) asks for a
 * Simplified Chinese face, so Word and WPS never fall back to a Japanese or Traditional one, and the
 * alternative name matches the font under its Chinese name (微软雅黑, 宋体). docx writes an empty
 * font table, so the report passes this one to the packer in its place.
 */

type FontDeclaration = { altName?: string; panose: string; charset: string; family: 'swiss' | 'roman' | 'auto' };

const LATIN: Record<(typeof LATIN_FONTS)[number], FontDeclaration> = {
  Calibri: { panose: '020F0502020204030204', charset: '00', family: 'swiss' },
  Arial: { panose: '020B0604020202020204', charset: '00', family: 'swiss' },
  Georgia: { panose: '02040502050405020303', charset: '00', family: 'roman' },
  Cambria: { panose: '02040503050406030204', charset: '00', family: 'roman' },
};

const GB2312 = '86';
const EAST_ASIAN: Record<(typeof EAST_ASIAN_FONTS)[number], FontDeclaration> = {
  'Microsoft YaHei': { altName: '微软雅黑', panose: '020B0503020204020204', charset: GB2312, family: 'swiss' },
  SimSun: { altName: '宋体', panose: '02010600030101010101', charset: GB2312, family: 'auto' },
  'PingFang SC': { altName: '苹方-简', panose: '020B0400000000000000', charset: GB2312, family: 'swiss' },
  'Noto Sans CJK SC': { altName: '思源黑体', panose: '020B0500000000000000', charset: GB2312, family: 'swiss' },
};

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fontXml(name: string, font: FontDeclaration): string {
  return (
    `<w:font w:name="${escapeAttribute(name)}">` +
    (font.altName ? `<w:altName w:val="${escapeAttribute(font.altName)}"/>` : '') +
    `<w:panose1 w:val="${font.panose}"/><w:charset w:val="${font.charset}"/><w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`
  );
}

/** `word/fontTable.xml` declaring the report's Latin and Chinese fonts. */
export function fontTableXml(font: ReportOptions['font']): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fontXml(font.latin, LATIN[font.latin]) +
    fontXml(font.eastAsia, EAST_ASIAN[font.eastAsia]) +
    '</w:fonts>'
  );
}
