/**
 * How much room text takes on a slide, estimated without the fonts. A slide's boxes do not grow
 * with their text the way a Word page flows, so every box is sized from its content before it is
 * placed; the estimate errs wide (a little empty space rather than text over a box's edge) for
 * every font the report offers (Calibri, Arial, Georgia, Cambria; the Chinese fonts are square).
 */

/** Characters that take a full em: CJK ideographs, kana, Hangul, full-width forms and CJK punctuation. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const CJK_TEXT = /[\u3000-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/**
 * The advance of one character in em, rounded up from the widest of the offered Latin fonts and
 * of DejaVu Sans, which LibreOffice draws instead where Calibri and its metric twin Carlito are
 * not installed (many Linux machines): it is a fifth wider than Calibri.
 */
export function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  const code = ch.codePointAt(0)!;
  if (code > 0xffff) return 1; // emoji and supplementary ideographs
  if (ch === ' ') return 0.33;
  if (/[mwMW@%&]/.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.76;
  if (/[0-9]/.test(ch)) return 0.66;
  if (/[iljtfrI.,:;'!|()[\]]/.test(ch)) return 0.4;
  if (/[a-z]/.test(ch)) return 0.64;
  return 0.66;
}

/** Bold type is wider than regular by up to a tenth. */
export const BOLD_WIDTH = 1.1;

export function hasCjk(text: string): boolean {
  return CJK_TEXT.test(text);
}

/** The height of one line in points: Chinese fonts (Noto Sans CJK, YaHei) set taller lines than Latin ones. */
export function lineHeightPt(fontPt: number, cjk: boolean): number {
  return fontPt * (cjk ? 1.45 : 1.2);
}

/** Pieces a line may break after: a Latin word with its following spaces, or one wide character. */
function pieces(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[^\s\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]+\s*|\s+/gu,
    ) ?? []
  );
}

function widthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em;
}

/**
 * The text broken into lines as a box `widthIn` inches wide would break it at `fontPt`: greedily by
 * words and wide characters, a word longer than the line cut by characters. Each "\n" starts a line.
 */
export function wrapLines(text: string, widthIn: number, fontPt: number, bold = false): string[] {
  // Kerning and rounding: keep 4% of the width spare.
  const maxEm = Math.max(1, ((widthIn * 72) / fontPt / (bold ? BOLD_WIDTH : 1)) * 0.96);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineEm = 0;
    for (const piece of pieces(paragraph)) {
      const em = widthEm(piece);
      const trimmedEm = widthEm(piece.trimEnd());
      if (lineEm + trimmedEm <= maxEm) {
        line += piece;
        lineEm += em;
        continue;
      }
      if (line.trim() !== '') out.push(line.trimEnd());
      line = '';
      lineEm = 0;
      if (trimmedEm <= maxEm) {
        line = piece;
        lineEm = em;
        continue;
      }
      // A word wider than the line: cut it by characters.
      for (const ch of piece) {
        const w = charEm(ch);
        if (lineEm + w > maxEm && line !== '') {
          out.push(line);
          line = '';
          lineEm = 0;
        }
        line += ch;
        lineEm += w;
      }
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** The height in inches of the text in a box `widthIn` wide, without the box's insets. */
export function textHeightIn(text: string, widthIn: number, fontPt: number, cjk: boolean, bold = false): number {
  return (wrapLines(text, widthIn, fontPt, bold).length * lineHeightPt(fontPt, cjk)) / 72;
}
