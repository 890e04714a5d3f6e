import { useId, type ReactNode } from 'react';

/**
 * What a section needs: its table's rows (their identity changes only when they do) and the
 * currency. Not the whole plan: a keystroke elsewhere then leaves the section alone.
 */
export type SectionProps<R> = { rows: readonly R[]; currency: string; readOnly: boolean };

/** One section of the Situation part: a card with its heading and a line on what it covers. */
export function SituationSection({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
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
