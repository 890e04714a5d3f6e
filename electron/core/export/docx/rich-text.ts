import type { RichParagraph, RichText } from '../../../../shared/domain';
import { STYLE, type ListNumbering } from './styles';
import { paragraph, run } from './xml';

/**
 * The plan's narratives in Word exactly as written: paragraphs, bold and italic runs, line breaks,
 * bulleted and numbered lists. Each numbered list counts from its own start, as in the editor.
 */
export class RichTextWriter {
  constructor(private readonly numbering: ListNumbering) {}

  runs(p: RichParagraph): string {
    let out = '';
    for (const node of p.content ?? []) {
      if (node.type === 'hardBreak') {
        out += '<w:r><w:br/></w:r>';
        continue;
      }
      // Only marks that are there: an explicit "not bold" would override a style that is bold.
      const bold = node.marks?.some((m) => m.type === 'bold') || undefined;
      const italics = node.marks?.some((m) => m.type === 'italic') || undefined;
      out += run(node.text, { bold, italics });
    }
    return out;
  }

  paragraphs(doc: RichText): string {
    let out = '';
    for (const block of doc.content) {
      if (block.type === 'paragraph') {
        // An empty paragraph is the editor's blank line; Word's paragraph spacing already separates blocks.
        if ((block.content ?? []).length > 0) out += paragraph({}, this.runs(block));
        continue;
      }
      const numId =
        block.type === 'bulletList' ? this.numbering.add('bullets') : this.numbering.add('ordered', block.attrs?.start ?? 1);
      for (const item of block.content) {
        item.content.forEach((p, i) => {
          out +=
            i === 0
              ? paragraph({ style: STYLE.listParagraph, numbering: { numId, level: 0 } }, this.runs(p))
              : paragraph({ style: STYLE.listParagraph, indent: { left: 420 } }, this.runs(p));
        });
      }
    }
    return out;
  }
}
