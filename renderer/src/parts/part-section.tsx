import { useId, type ReactNode } from 'react';

/** One section of a part page: a card with its heading, a line on what it covers, and its body. */
export function PartSection({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="editor-section" aria-labelledby={id}>
      <header className="editor-section__header">
        <h2 id={id} className="editor-section__title">
          {title}
        </h2>
        <p className="editor-section__lead">{lead}</p>
      </header>
      <div className="editor-section__body">{children}</div>
    </section>
  );
}
