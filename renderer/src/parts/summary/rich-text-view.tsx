import { memo, type ReactNode } from 'react';
import type { RichBlock, RichParagraph, RichText } from '../../../../shared/domain/rich-text';

/** Rich text shown, not edited: the stored subset (paragraphs, bold, italic, lists) as plain elements. Memoized on the document. */
export const RichTextView = memo(function RichTextView({ doc, className }: { doc: RichText; className?: string }) {
  return <div className={`rich-view${className ? ` ${className}` : ''}`}>{doc.content.map(block)}</div>;
});

function block(b: RichBlock, key: number): ReactNode {
  if (b.type === 'paragraph') return <p key={key}>{inline(b)}</p>;
  const items = b.content.map((item, i) => (
    <li key={i}>{item.content.map((p, j) => (j === 0 ? <span key={j}>{inline(p)}</span> : <p key={j}>{inline(p)}</p>))}</li>
  ));
  return b.type === 'bulletList' ? (
    <ul key={key}>{items}</ul>
  ) : (
    <ol key={key} start={b.attrs?.start}>
      {items}
    </ol>
  );
}

function inline(p: RichParagraph): ReactNode[] {
  return (p.content ?? []).map((node, i) => {
    if (node.type === 'hardBreak') return <br key={i} />;
    let out: ReactNode = node.text;
    for (const mark of node.marks ?? []) out = mark.type === 'bold' ? <strong>{out}</strong> : <em>{out}</em>;
    return <span key={i}>{out}</span>;
  });
}
