import { CarriageReturn, Tab, TextRun, type IRunOptions } from 'docx';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * Whether text may be set in italics: Chinese has no italic, and a slanted Chinese character is
 * a distorted one, so text with any CJK character stays upright.
 */
export function mayItalicise(text: string): boolean {
  return !CJK.test(text);
}

type RunProps = Omit<IRunOptions, 'children' | 'text' | 'break'>;

/**
 * A run of text as typed: tabs become Word tabs and line breaks Word line breaks (inside `w:t`
 * they would print as nothing or as a space), everything else is kept exactly, spaces included.
 */
export function textRun(text: string, props: RunProps = {}): TextRun {
  if (!text.includes('\t') && !text.includes('\n')) return new TextRun({ ...props, text });
  const children: (string | Tab | CarriageReturn)[] = [];
  for (const piece of text.split(/(\t|\r?\n)/)) {
    if (piece === '') continue;
    if (piece === '\t') children.push(new Tab());
    else if (piece === '\n' || piece === '\r\n') children.push(new CarriageReturn());
    else children.push(piece);
  }
  return new TextRun({ ...props, children });
}
