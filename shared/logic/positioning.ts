import type { Plan } from '../domain';
import type { Translate } from '../i18n/translate';

export type PositioningParts = { forWhom: string; need: string; category: string; benefit: string; unlikeWhom: string };

const normalize = (text: string) => text.toLocaleLowerCase().replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, ' ').trim();

/**
 * Whether a text names a segment, as a reader would judge it: case and spacing aside, and without
 * the segment's parenthetical note ("Working parents (within 5 km)" is named by "working parents";
 * "职场父母（5 公里内）" by "职场父母").
 */
export function namesSegment(text: string, segment: string): boolean {
  const name = normalize(segment);
  if (!name) return false;
  const haystack = normalize(text);
  const core = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return haystack.includes(name) || (core.length > 0 && haystack.includes(core));
}

/** The brand the statement names: the client the plan is for, else the plan's own name. */
export function positioningBrand(meta: Pick<Plan['meta'], 'client' | 'name'>): string {
  return meta.client.trim() || meta.name.trim();
}

/** A part as it sits inside a sentence: no surrounding space, no closing punctuation of its own. */
function clause(text: string): string {
  return text.trim().replace(/[\s.。,，;；:：!！]+$/u, '');
}

/**
 * The classic positioning statement built from its five parts, in the language of `t`:
 * "For [whom] who [need], [brand] is the [category] that [benefit]. Unlike [whom], [brand] …".
 * A part still empty shows as its bracketed name, so the gap is visible in the sentence; the
 * "unlike" sentence ends open for the planner to finish with what sets the brand apart.
 * Strings: `strategyEditor.compose.*`.
 */
export function composePositioning(parts: PositioningParts, brand: string, t: Translate): string {
  const value = (key: keyof PositioningParts) => clause(parts[key]) || t(`strategyEditor.compose.missing.${key}`);
  const params = {
    brand: clause(brand) || t('strategyEditor.compose.missing.brand'),
    forWhom: value('forWhom'),
    need: value('need'),
    category: value('category'),
    benefit: value('benefit'),
    unlikeWhom: value('unlikeWhom'),
  };
  return t(clause(parts.unlikeWhom) ? 'strategyEditor.compose.statementUnlike' : 'strategyEditor.compose.statement', params);
}
