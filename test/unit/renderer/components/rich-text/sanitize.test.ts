import { describe, expect, it } from 'vitest';
import { sanitizeRichText, toEditorContent } from '../../../../../renderer/src/components/rich-text/sanitize';
import { EMPTY_RICH_TEXT, RichText } from '../../../../../shared/domain/rich-text';

describe('sanitizeRichText', () => {
  it('keeps the stored subset as it is', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Demand is ' }, { type: 'text', text: 'seasonal', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Spring' }] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    };
    const clean = sanitizeRichText(doc);
    expect(clean).toEqual(doc);
    expect(RichText.safeParse(clean).success).toBe(true);
  });

  it('drops attributes and marks outside the subset, and flattens what it cannot hold', () => {
    const clean = sanitizeRichText({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Title', marks: [{ type: 'link', attrs: { href: 'x' } }, { type: 'italic' }] }],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'One' }] },
                {
                  type: 'bulletList',
                  content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nested' }] }] }],
                },
              ],
            },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'x = 1' }] },
      ],
    });
    expect(clean).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Title', marks: [{ type: 'italic' }] }] },
        {
          type: 'orderedList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'One' }] },
                { type: 'paragraph', content: [{ type: 'text', text: 'Nested' }] },
              ],
            },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'x = 1' }] },
      ],
    });
    expect(RichText.safeParse(clean).success).toBe(true);
  });

  it('stores a document of empty paragraphs as the empty document, and loads the empty document as one paragraph', () => {
    expect(sanitizeRichText({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph', content: [] }] })).toEqual(EMPTY_RICH_TEXT);
    expect(sanitizeRichText(null)).toEqual(EMPTY_RICH_TEXT);
    expect(toEditorContent(EMPTY_RICH_TEXT)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
