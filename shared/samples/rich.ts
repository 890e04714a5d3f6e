import type { RichBlock, RichParagraph, RichText } from '../domain';

/**
 * Small builders for the samples' narratives, so a paragraph with a bold lead-in or a bulleted
 * list reads as prose in the case files instead of as nested ProseMirror JSON.
 */

type TextNode = Extract<NonNullable<RichParagraph['content']>[number], { type: 'text' }>;
export type Inline = string | TextNode;

export function bold(text: string): TextNode {
  return { type: 'text', text, marks: [{ type: 'bold' }] };
}

export function italic(text: string): TextNode {
  return { type: 'text', text, marks: [{ type: 'italic' }] };
}

function inline(parts: Inline[]): RichParagraph {
  const content = parts
    .filter((part) => (typeof part === 'string' ? part.length > 0 : part.text.length > 0))
    .map((part): TextNode => (typeof part === 'string' ? { type: 'text', text: part } : part));
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function p(...parts: Inline[]): RichBlock {
  return inline(parts);
}

/** A bulleted list; an item given as an array mixes plain and bold runs. */
export function ul(...items: (Inline | Inline[])[]): RichBlock {
  return { type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [inline(Array.isArray(item) ? item : [item])] })) };
}

export function ol(...items: (Inline | Inline[])[]): RichBlock {
  return { type: 'orderedList', content: items.map((item) => ({ type: 'listItem', content: [inline(Array.isArray(item) ? item : [item])] })) };
}

export function doc(...blocks: RichBlock[]): RichText {
  return { type: 'doc', content: blocks };
}
