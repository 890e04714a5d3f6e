import { z } from 'zod';
import { COLLECTION_NAMES, PART_KEYS } from '../domain';

/**
 * A playbook is data: a method from the field (the domain file's "Method checklists") as steps a
 * plan can follow. Everything a reader sees is written in both languages side by side, and
 * nothing in a playbook is code, so a trainer's own playbook can later be added as a file.
 */

/** A text in both languages, side by side. */
export const Bilingual = z.strictObject({ en: z.string().trim().min(1).max(2000), zh: z.string().trim().min(1).max(2000) });
export type Bilingual = z.infer<typeof Bilingual>;

const Slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,47}$/)
  .describe('kebab-case id, stable: it is stored with the plans that follow the playbook');

/** The tables a suggestion may add a row to: those whose rows stand alone (no required link). */
export const SUGGESTION_COLLECTIONS = ['segments', 'channels', 'customerTiers', 'objectives', 'issues', 'actions', 'kpis'] as const;
export type SuggestionCollection = (typeof SUGGESTION_COLLECTIONS)[number];

/**
 * A suggested row: the fields it sets, each a plain value or a text in both languages. Fields
 * left out take the table's empty value (shared/logic/playbooks.ts), so the row the user gets is
 * an ordinary row of the plan's schema; a unit test checks every suggestion in both languages.
 */
const SuggestionValue = z.union([z.string(), z.number(), z.boolean(), z.null(), Bilingual]);
export const Suggestion = z.strictObject({
  collection: z.enum(SUGGESTION_COLLECTIONS),
  row: z.record(z.string(), SuggestionValue),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** Where a step lands in the plan: the part, and the table or the field (a dotted path in the part's fields). */
export const Landing = z.strictObject({
  part: z.enum(PART_KEYS),
  table: z.enum(COLLECTION_NAMES as [string, ...string[]]).optional(),
  field: z.string().optional(),
});
export type Landing = z.infer<typeof Landing>;

/**
 * How to tell from the plan whether a step is covered, as a rule rather than code (evaluated by
 * `stepCovered` in shared/logic/playbooks.ts, like completeness):
 * - `rows`: the table has a row (whose fields equal `where`, when given);
 * - `mentions`: a row of the table names one of the words in its `field` (either language's words,
 *   whatever the plan's language, case-insensitive);
 * - `filled`: the field at `path` (in the plan's fields) is not empty;
 * - `anyOf` / `allOf`: rules combined.
 */
export type CoverageRule =
  | { rule: 'rows'; collection: string; where?: Record<string, string | number | boolean | null> }
  | { rule: 'mentions'; collection: string; field: string; words: { en: string[]; zh: string[] } }
  | { rule: 'filled'; path: string }
  | { rule: 'anyOf'; rules: CoverageRule[] }
  | { rule: 'allOf'; rules: CoverageRule[] };

const Collection = z.enum(COLLECTION_NAMES as [string, ...string[]]);
const Words = z.array(z.string().trim().min(1).max(100)).max(30);
export const CoverageRule: z.ZodType<CoverageRule> = z.lazy(() =>
  z.union([
    z.strictObject({
      rule: z.literal('rows'),
      collection: Collection,
      where: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    }),
    z.strictObject({
      rule: z.literal('mentions'),
      collection: Collection,
      field: z.string().min(1),
      words: z.strictObject({ en: Words, zh: Words }),
    }),
    z.strictObject({ rule: z.literal('filled'), path: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)+$/) }),
    z.strictObject({ rule: z.literal('anyOf'), rules: z.array(CoverageRule).min(1).max(10) }),
    z.strictObject({ rule: z.literal('allOf'), rules: z.array(CoverageRule).min(1).max(10) }),
  ]),
);

export const PlaybookStep = z.strictObject({
  id: Slug,
  title: Bilingual,
  /** What the step means, in a sentence or two a planner can act on. */
  meaning: Bilingual,
  lands: Landing,
  coverage: CoverageRule,
  suggestions: z.array(Suggestion).min(1).max(12),
});
export type PlaybookStep = z.infer<typeof PlaybookStep>;

export const Playbook = z
  .strictObject({
    id: Slug,
    title: Bilingual,
    summary: Bilingual,
    steps: z.array(PlaybookStep).min(1).max(12),
  })
  .refine((p) => new Set(p.steps.map((s) => s.id)).size === p.steps.length, { message: 'step ids must be unique', path: ['steps'] });
export type Playbook = z.infer<typeof Playbook>;

/** Picks a bilingual text's side for a plan's or the UI's language. */
export function pick(text: Bilingual, language: string): string {
  return language.startsWith('zh') ? text.zh : text.en;
}
