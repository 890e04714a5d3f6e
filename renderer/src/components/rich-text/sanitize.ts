/**
 * Editor JSON → the stored rich-text subset (shared/domain/rich-text.ts). The editor is already
 * configured down to that subset; this is the guarantee: unknown nodes become paragraphs of
 * their text, marks other than bold and italic and all attributes but a list's start go, nested
 * lists are flattened into their item, and a document of empty paragraphs is the empty document.
 */
import type { RichBlock, RichParagraph, RichText } from '../../../../shared/domain/rich-text';

type PmNode = { type?: string; text?: string; marks?: { type?: string }[]; attrs?: Record<string, unknown>; content?: PmNode[] };

type Inline = NonNullable<RichParagraph['content']>[number];

function inlineOf(node: PmNode, out: Inline[]) {
  if (node.type === 'text' && typeof node.text === 'string' && node.text.length > 0) {
    const marks = (node.marks ?? [])
      .map((m) => m.type)
      .filter((t, i, all): t is 'bold' | 'italic' => (t === 'bold' || t === 'italic') && all.indexOf(t) === i)
      .map((type) => ({ type }));
    const last = out[out.length - 1];
    // Adjacent text with the same marks is one node, as ProseMirror itself would store it.
    if (last && last.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else out.push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
  } else if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
  else for (const child of node.content ?? []) inlineOf(child, out);
}

function paragraph(node: PmNode): RichParagraph {
  const content: Inline[] = [];
  for (const child of node.content ?? []) inlineOf(child, content);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A block's paragraphs, flattening anything nested (lists inside list items, headings, quotes). */
function paragraphsOf(node: PmNode): RichParagraph[] {
  if (node.type === 'paragraph') return [paragraph(node)];
  if (node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'doc') {
    return (node.content ?? []).flatMap(paragraphsOf);
  }
  return [paragraph(node)];
}

function block(node: PmNode): RichBlock[] {
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const items = (node.content ?? []).map((item) => {
      const paragraphs = paragraphsOf(item);
      return { type: 'listItem' as const, content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' as const }] };
    });
    if (items.length === 0) return [];
    if (node.type === 'bulletList') return [{ type: 'bulletList', content: items }];
    const start = typeof node.attrs?.start === 'number' && Number.isInteger(node.attrs.start) ? node.attrs.start : 1;
    return [start > 1 ? { type: 'orderedList', attrs: { start: Math.min(start, 10_000) }, content: items } : { type: 'orderedList', content: items }];
  }
  if (node.type === 'blockquote') return paragraphsOf(node);
  return [paragraph(node)];
}

export function sanitizeRichText(json: unknown): RichText {
  const doc = (json && typeof json === 'object' ? json : {}) as PmNode;
  const blocks = (doc.content ?? []).flatMap(block);
  const empty = blocks.every((b) => b.type === 'paragraph' && !b.content);
  return { type: 'doc', content: empty ? [] : blocks };
}

/** The stored document as the editor loads it: ProseMirror needs at least one block. */
export function toEditorContent(value: RichText): RichText | { type: 'doc'; content: [{ type: 'paragraph' }] } {
  return value.content.length > 0 ? value : { type: 'doc', content: [{ type: 'paragraph' }] };
}
