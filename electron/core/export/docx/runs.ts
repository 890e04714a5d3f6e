import { CarriageReturn, Tab, TextRun, type IRunOptions } from 'docx';

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
