import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { blankPng, withTextChunk } from '../png';

/** Where LibreOffice laid the draft out: the page each contents bookmark is on, and the page count. */
export type LaidOut = { bookmarks: ReadonlyMap<string, number>; pageCount: number };

/**
 * A stand-in picture per chart for the draft: blank, shown at the chart's size (all LibreOffice's
 * layout reads), and each one different (a text chunk with its index), so the draft keeps one
 * media file per chart — docx stores identical pictures once — to be swapped for the real one.
 */
export function draftPictures(count: number): Buffer[] {
  return Array.from({ length: count }, (_, i) => withTextChunk(blankPng(), 'planwright-draft', String(i)));
}

const DIRTY_BEGIN = /<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/g;
const PAGEREF = /PAGEREF (_Toc\d+)<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?!<w:t)/g;
const NUMPAGES = /NUMPAGES<\/w:instrText><\/w:r><w:r><w:fldChar w:fldCharType="separate"\/>(?!<w:t)/g;
const UPDATE_FIELDS = '<w:updateFields/>';

const result = (text: string | number) => `<w:t xml:space="preserve">${text}</w:t>`;

/**
 * The final Word file from the draft LibreOffice laid out: the same document with the contents'
 * page numbers and the page count written into their fields' results, and the real charts in
 * place of the draft's blank stand-ins. This is what docx writes when it is given the pages
 * (test/unit/electron/core/export/fill-draft.test.ts compares the two part by part), without
 * building and packing the whole document a second time — half of a long report's export.
 * Null when the draft is not shaped as expected (a bookmark LibreOffice did not place, a field
 * missing): the caller then builds the document again with the pages, as before.
 */
export function fillDraft(draft: Uint8Array, pages: LaidOut, pictures: readonly { draft: Uint8Array; real: Uint8Array }[]): Buffer | null {
  const files = unzipSync(draft);
  const document = files['word/document.xml'];
  const settings = files['word/settings.xml'];
  if (!document || !settings) return null;

  let missing = false;
  let refs = 0;
  const body = strFromU8(document)
    .replace(DIRTY_BEGIN, '<w:fldChar w:fldCharType="begin"/>')
    .replace(PAGEREF, (field: string, bookmark: string) => {
      refs += 1;
      const page = pages.bookmarks.get(bookmark);
      if (page === undefined) missing = true;
      return `${field}${result(page ?? '')}`;
    });
  if (missing || refs === 0) return null;
  files['word/document.xml'] = strToU8(body);

  const settingsXml = strFromU8(settings);
  if (!settingsXml.includes(UPDATE_FIELDS)) return null;
  files['word/settings.xml'] = strToU8(settingsXml.replace(UPDATE_FIELDS, '<w:updateFields w:val="false"/>'));

  for (const name of Object.keys(files)) {
    if (/^word\/(footer|header)\d+\.xml$/.test(name)) {
      const xml = strFromU8(files[name]!);
      const filled = xml.replace(NUMPAGES, (field) => `${field}${result(pages.pageCount)}`);
      if (filled !== xml) files[name] = strToU8(filled);
    }
  }

  // Each stand-in is a media file of its own; find it by its bytes and put the chart there.
  const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
  for (const { draft: stand, real } of pictures) {
    const name = media.find((m) => sameBytes(files[m]!, stand));
    if (name === undefined) return null;
    files[name] = new Uint8Array(real);
  }

  // Pictures are compressed already; deflating them again only costs time.
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = name.startsWith('word/media/') ? [data, { level: 0 }] : data;
  return Buffer.from(zipSync(zippable, { level: 6 }));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
