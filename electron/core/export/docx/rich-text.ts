import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { RichParagraph, RichText } from '../../../../shared/domain';
import { mayItalicise } from './runs';
import { LIST, orderedFrom, STYLE } from './styles';

/**
 * The plan's narratives in Word exactly as written: paragraphs, bold and italic runs, line breaks,
 * bulleted and numbered lists. Each list is its own numbering instance, so each numbered list
 * counts from its own start, as in the editor.
 */
export class RichTextWriter {
  private instance = 0;

  runs(p: RichParagraph): ParagraphChild[] {
    return (p.content ?? []).map((node) => {
      if (node.type === 'hardBreak') return new TextRun({ break: 1 });
      // Only marks that are there: an explicit "not bold" would override a style that is bold.
      const bold = node.marks?.some((m) => m.type === 'bold') || undefined;
      const italics = (node.marks?.some((m) => m.type === 'italic') && mayItalicise(node.text)) || undefined;
      return new TextRun({ text: node.text, bold, italics });
    });
  }

  paragraphs(doc: RichText): Paragraph[] {
    const out: Paragraph[] = [];
    for (const block of doc.content) {
      if (block.type === 'paragraph') {
        // An empty paragraph is the editor's blank line; Word's paragraph spacing already separates blocks.
        if ((block.content ?? []).length > 0) out.push(new Paragraph({ children: this.runs(block) }));
        continue;
      }
      this.instance += 1;
      const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
      const reference = block.type === 'bulletList' ? LIST.bullets : start === 1 ? LIST.ordered : orderedFrom(start);
      for (const item of block.content) {
        item.content.forEach((p, i) => {
          out.push(
            i === 0
              ? new Paragraph({ children: this.runs(p), numbering: { reference, level: 0, instance: this.instance } })
              : new Paragraph({ children: this.runs(p), style: STYLE.listParagraph, indent: { left: 420 } }),
          );
        });
      }
    }
    return out;
  }
}
