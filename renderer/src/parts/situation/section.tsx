/**
 * What a section needs: its table's rows (their identity changes only when they do) and the
 * currency. Not the whole plan: a keystroke elsewhere then leaves the section alone.
 */
export type SectionProps<R> = { rows: readonly R[]; currency: string; readOnly: boolean };
