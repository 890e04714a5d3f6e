/**
 * Advance widths of a TrueType/OpenType font, read from its `head`, `hhea`, `hmtx` and `cmap`
 * tables. ECharts lays out labels, legends and truncation from text widths; in Node it can only
 * guess them, and a guess narrower than the font resvg then draws with clips labels at the chart's
 * edge. Only what widths need is read; a font it cannot read gives null and the guess stays.
 */

export type FontAdvances = {
  /** The advance of a character in em, or null when the font has no glyph for it. */
  advance(codePoint: number): number | null;
  /** The adjustment between two characters set side by side, in em, from the font's `kern` table (0 when none). */
  kerning(left: number, right: number): number;
};

type Table = { offset: number; length: number };

export function readFontAdvances(bytes: Uint8Array, faceIndex = 0): FontAdvances | null {
  try {
    return parse(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), faceIndex);
  } catch {
    // A truncated or unexpected file: reading past its end throws RangeError.
    return null;
  }
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function parse(view: DataView, faceIndex: number): FontAdvances | null {
  let face = 0;
  if (tag(view, 0) === 'ttcf') {
    if (faceIndex >= view.getUint32(8)) return null;
    face = view.getUint32(12 + 4 * faceIndex);
  }
  const tables = new Map<string, Table>();
  const count = view.getUint16(face + 4);
  for (let i = 0; i < count; i += 1) {
    const record = face + 12 + 16 * i;
    tables.set(tag(view, record), { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) return null;
  const unitsPerEm = view.getUint16(head.offset + 18);
  const metrics = view.getUint16(hhea.offset + 34);
  const glyphOf = cmapLookup(view, cmap.offset);
  if (!glyphOf || unitsPerEm === 0 || metrics === 0) return null;
  const pairs = kernPairs(view, tables.get('kern'));
  return {
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (glyph === 0) return null;
      // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
      return view.getUint16(hmtx.offset + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;
    },
    kerning(left, right) {
      if (pairs.size === 0) return 0;
      return (pairs.get(glyphOf(left) * 0x10000 + glyphOf(right)) ?? 0) / unitsPerEm;
    },
  };
}

/** Horizontal kerning pairs of a version 0 `kern` table's format 0 subtables: left × 65536 + right → font units. */
function kernPairs(view: DataView, kern: Table | undefined): Map<number, number> {
  const pairs = new Map<number, number>();
  if (!kern || view.getUint16(kern.offset) !== 0) return pairs;
  let at = kern.offset + 4;
  for (let i = 0; i < view.getUint16(kern.offset + 2); i += 1) {
    const coverage = view.getUint16(at + 4);
    const count = view.getUint16(at + 6);
    // Format 0, horizontal, not minimum values, not cross-stream.
    if (coverage >> 8 === 0 && (coverage & 0x7) === 0x1) {
      for (let j = 0; j < count; j += 1) {
        const pair = at + 14 + 6 * j;
        pairs.set(view.getUint16(pair) * 0x10000 + view.getUint16(pair + 2), view.getInt16(pair + 4));
      }
    }
    // The length field is 16 bits and overflows for large subtables; the pairs give the true size.
    at += coverage >> 8 === 0 ? 14 + 6 * count : view.getUint16(at + 2);
  }
  return pairs;
}

/** The glyph index of a code point from the best Unicode subtable (format 12, else 4); 0 = none. */
function cmapLookup(view: DataView, cmap: number): ((codePoint: number) => number) | null {
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
    const record = cmap + 4 + 8 * i;
    subtables.push({ platform: view.getUint16(record), encoding: view.getUint16(record + 2), offset: cmap + view.getUint32(record + 4) });
  }
  const unicode = subtables.filter((s) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10)));
  const format12 = unicode.find((s) => view.getUint16(s.offset) === 12);
  if (format12) return format12Lookup(view, format12.offset);
  const format4 = unicode.find((s) => view.getUint16(s.offset) === 4);
  return format4 ? format4Lookup(view, format4.offset) : null;
}

function format12Lookup(view: DataView, at: number): (codePoint: number) => number {
  const groups = view.getUint32(at + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const group = at + 16 + 12 * mid;
      if (codePoint < view.getUint32(group)) high = mid - 1;
      else if (codePoint > view.getUint32(group + 4)) low = mid + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

function format4Lookup(view: DataView, at: number): (codePoint: number) => number {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i += 1) {
      if (codePoint > view.getUint16(ends + 2 * i)) continue;
      const start = view.getUint16(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + 2 * i);
      const rangeOffset = view.getUint16(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * The face of a font file (a .ttc holds several) whose family name is `family`, as resvg picks it
 * by name; null when no face has it. Family names are read from the `name` table: typographic
 * family (16) first, else family (1), in any Unicode or Windows encoding.
 */
export function fontFaceIndex(bytes: Uint8Array, family: string): number | null {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const faces = tag(view, 0) === 'ttcf' ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i)) : [0];
    const wanted = family.toLowerCase();
    const index = faces.findIndex((face) => familyNames(view, face).some((name) => name.toLowerCase() === wanted));
    return index < 0 ? null : index;
  } catch {
    return null;
  }
}

function familyNames(view: DataView, face: number): string[] {
  const count = view.getUint16(face + 4);
  let name: Table | null = null;
  for (let i = 0; i < count; i += 1) {
    const record = face + 12 + 16 * i;
    if (tag(view, record) === 'name') name = { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  }
  if (!name) return [];
  const records = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  const out: string[] = [];
  for (let i = 0; i < records; i += 1) {
    const r = name.offset + 6 + 12 * i;
    const platform = view.getUint16(r);
    const nameId = view.getUint16(r + 6);
    if ((nameId !== 1 && nameId !== 16) || (platform !== 0 && platform !== 3)) continue;
    const length = view.getUint16(r + 8);
    const at = strings + view.getUint16(r + 10);
    let text = '';
    // Unicode and Windows names are UTF-16BE.
    for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(view.getUint16(at + j));
    out.push(text);
  }
  return out;
}
