import type { PartKey } from '../domain/parts';

/** The app's page routed to the notes alone: what the desktop app's notes window loads. */
export const PRESENTER_NOTES_ROUTE = '#/presenter-notes';

/** Findings the notes list; the health panel has the rest. */
export const NOTES_FINDINGS = 3;

/**
 * The presenter's notes for one slide, as words ready to show: built where the plan, its health
 * and the UI's language are (the presenting window), shown as they come where they are not (the
 * desktop app's second window, which holds no plan). Plain data, so it crosses IPC as it is.
 */
export type PresenterNotesView = {
  /** The UI's language (the presenter reads the notes; the room does not). */
  lang: string;
  part: PartKey;
  /** "Presenter notes · Budget". */
  title: string;
  /** "Slide 3 of 12: Budget". */
  slide: string;
  healthHeading: string;
  guidanceHeading: string;
  findings: { severity: 'problem' | 'warning'; text: string }[];
  /** "No problems or warnings in this part." when there are no findings, else null. */
  clear: string | null;
  /** "+2 more" past the first findings, else null. */
  more: string | null;
  tips: string[];
  keysHint: string;
};

export type NotesInput = {
  lang: string;
  slide: { part: PartKey; title: string };
  index: number;
  total: number;
  /** The part's findings, in the health's order, already in words. */
  findings: readonly { severity: 'problem' | 'warning'; text: string }[];
  tips: readonly string[];
  /** The chrome's words in the UI's language. */
  words: {
    notesTitle: string;
    partTitle: string;
    /** "Slide 3 of 12: Budget" in the UI's language (its own colon). */
    slideLine: (number: number, total: number, title: string) => string;
    health: string;
    healthClear: string;
    guidance: string;
    more: (count: number) => string;
    keysHint: string;
  };
};

/** The notes for the slide at `index`: its part's guidance and the first of its findings. */
export function presenterNotesView(input: NotesInput): PresenterNotesView {
  const { words, findings } = input;
  const shown = findings.slice(0, NOTES_FINDINGS);
  return {
    lang: input.lang,
    part: input.slide.part,
    title: `${words.notesTitle} · ${words.partTitle}`,
    slide: words.slideLine(input.index + 1, input.total, input.slide.title),
    healthHeading: words.health,
    guidanceHeading: words.guidance,
    findings: shown.map((f) => ({ severity: f.severity, text: f.text })),
    clear: findings.length === 0 ? words.healthClear : null,
    more: findings.length > NOTES_FINDINGS ? words.more(findings.length - NOTES_FINDINGS) : null,
    tips: [...input.tips],
    keysHint: words.keysHint,
  };
}

/** Whether two notes read the same: a move within a part sends only the new slide line, and no move sends nothing. */
export function sameNotes(a: PresenterNotesView | null, b: PresenterNotesView | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}
