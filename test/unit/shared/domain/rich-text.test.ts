import { describe, expect, it } from 'vitest';
import { isRichTextEmpty, RichText, richTextFromPlain, richTextToPlain } from '../../../../shared/domain';

describe('rich text', () => {
  it('accepts paragraphs with bold and italic and both kinds of list', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Goal: ' },
            { type: 'text', text: 'grow', marks: [{ type: 'bold' }, { type: 'italic' }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }] }] },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }] }],
        },
      ],
    };
    expect(RichText.parse(doc)).toEqual(doc);
    expect(richTextToPlain(RichText.parse(doc))).toBe('Goal: grow\none\ntwo');
  });

  it('refuses nodes and marks it cannot carry to Word exactly', () => {
    expect(RichText.safeParse({ type: 'doc', content: [{ type: 'heading', content: [] }] }).success).toBe(false);
    expect(
      RichText.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] }] })
        .success,
    ).toBe(false);
    expect(RichText.safeParse('<b>html</b>').success).toBe(false);
  });

  it('refuses a document longer than the limit', () => {
    expect(RichText.safeParse(richTextFromPlain('x'.repeat(20_001))).success).toBe(false);
    expect(RichText.safeParse(richTextFromPlain('x'.repeat(20_000))).success).toBe(true);
  });

  it('builds paragraphs from plain text and knows when a document is empty', () => {
    expect(richTextFromPlain('a\n\nb').content).toHaveLength(2);
    expect(isRichTextEmpty(richTextFromPlain('  '))).toBe(true);
    expect(isRichTextEmpty(richTextFromPlain('a'))).toBe(false);
  });
});
