// fflate comes with docx (the export unzips its own draft too: fill-draft.ts).
import { strFromU8, unzipSync } from 'fflate';

/** The parts of a .docx (a zip): XML as text, media as bytes. */
export function docxParts(docx: Uint8Array): { xml: Record<string, string>; media: string[] } {
  const files = unzipSync(docx);
  const xml: Record<string, string> = {};
  const media: string[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (name.startsWith('word/media/')) media.push(name);
    else if (name.endsWith('.xml') || name.endsWith('.rels')) xml[name] = strFromU8(bytes);
  }
  return { xml, media: media.sort() };
}

export function count(text: string, pattern: RegExp): number {
  return (text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)) ?? []).length;
}

/** The text of the document body: every w:t, in order. */
export function bodyText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
