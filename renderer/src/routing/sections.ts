import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';

export type Section = 'details' | PartKey;

/** The workspace's sections in rail order: the plan's header, then its eight parts. */
export const SECTIONS: readonly Section[] = ['details', ...PART_KEYS];

export function neighbourSection(current: Section, step: 1 | -1): Section | null {
  const index = SECTIONS.indexOf(current) + step;
  return index >= 0 && index < SECTIONS.length ? SECTIONS[index] : null;
}

/** Parts are numbered from 1 in the rail and on each part's page. */
export function partNumber(part: PartKey): number {
  return PART_KEYS.indexOf(part) + 1;
}
