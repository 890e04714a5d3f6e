import { message } from './messages';
import { z } from 'zod';
import { checkCharacters, LIMITS } from './primitives';

/**
 * Narrative fields are rich text in the ProseMirror/Tiptap JSON shape, restricted to what a plan
 * needs and what Word and Markdown can carry exactly: paragraphs, bold, italic, bulleted and
 * numbered lists. Storing the editor's own document shape (not HTML) keeps it portable and
 * lets the report walk the same tree the editor shows.
 */

const Mark = z.strictObject({ type: z.enum(['bold', 'italic']) });

const TextNode = z.strictObject({
  type: z.literal('text'),
  text: z
    .string()
    .min(1)
    .max(LIMITS.longText, { message: message('tooLong', { max: LIMITS.longText }) })
    .superRefine(checkCharacters),
  marks: z.array(Mark).max(2).optional(),
});

const HardBreak = z.strictObject({ type: z.literal('hardBreak') });

export const Paragraph = z.strictObject({
  // Where a paragraph belongs in a list item, a list is refused in words (the editor makes flat lists only).
  type: z.literal('paragraph', {
    error: (issue) => (issue.input === 'bulletList' || issue.input === 'orderedList' ? message('nestedList') : undefined),
  }),
  content: z
    .array(z.discriminatedUnion('type', [TextNode, HardBreak]))
    .max(LIMITS.richInlines)
    .optional(),
});

const ListItem = z.strictObject({
  type: z.literal('listItem'),
  content: z.array(Paragraph).min(1).max(LIMITS.richItemParagraphs),
});

const BulletList = z.strictObject({
  type: z.literal('bulletList'),
  content: z.array(ListItem).min(1).max(LIMITS.richListItems),
});

const OrderedList = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z
    .strictObject({ start: z.number().int().min(1).max(10_000) })
    .partial()
    .optional(),
  content: z.array(ListItem).min(1).max(LIMITS.richListItems),
});

const RichBlockSchema = z.discriminatedUnion('type', [Paragraph, BulletList, OrderedList]);
export type RichBlock = z.infer<typeof RichBlockSchema>;
export type RichParagraph = z.infer<typeof Paragraph>;
export type RichText = { type: 'doc'; content: RichBlock[] };

export const RichText: z.ZodType<RichText> = z
  .strictObject({
    type: z.literal('doc'),
    content: z.array(RichBlockSchema).max(LIMITS.richBlocks),
  })
  .refine((doc) => richTextToPlain(doc).length <= LIMITS.longText, {
    message: message('tooLong', { max: LIMITS.longText }),
  });

export const EMPTY_RICH_TEXT: RichText = { type: 'doc', content: [] };

export function richTextFromPlain(text: string): RichText {
  const paragraphs = text.split(/\n{2,}|\r\n\r\n/).filter((p) => p.trim().length > 0);
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}

function paragraphText(p: RichParagraph): string {
  return (p.content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

/** The plain text of a document, one block a line; used for search, checks and Markdown-less copies. */
export function richTextToPlain(doc: RichText): string {
  const lines: string[] = [];
  for (const block of doc.content) {
    if (block.type === 'paragraph') lines.push(paragraphText(block));
    else block.content.forEach((item) => lines.push(item.content.map(paragraphText).join(' ')));
  }
  return lines.join('\n');
}

export function isRichTextEmpty(doc: RichText): boolean {
  return richTextToPlain(doc).trim().length === 0;
}
