import { z } from 'zod';
import { Id, Language, RequiredName, Timestamp } from '../domain';
import { PART_KEYS } from '../domain/parts';

/** A class as the library lists it: its name and how many plans (outside the trash) it holds. */
export const ClassSummary = z.strictObject({
  id: Id,
  name: RequiredName,
  plans: z.number().int().min(0),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ClassSummary = z.infer<typeof ClassSummary>;

const PartProgress = z.strictObject({ done: z.number().int().min(0), total: z.number().int().min(0) });
const Minor = z.number().int().nullable();
const partsOf = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(PART_KEYS.map((p) => [p, value])) as Record<(typeof PART_KEYS)[number], T>);

/** shared/class-board's BoardRow, as the board command answers it. */
export const BoardRowView = z.strictObject({
  planId: Id,
  name: z.string(),
  author: z.string(),
  currency: z.string(),
  language: Language,
  progress: z.number().min(0).max(1),
  parts: partsOf(PartProgress),
  problems: z.number().int().min(0),
  warnings: z.number().int().min(0),
  revenue: Minor,
  marketing: Minor,
  contribution: Minor,
  breakEvenUnits: z.number().nullable(),
  breakEvenMonth: z.string().nullable(),
  objectives: z.number().int().min(0),
  actions: z.number().int().min(0),
  kpis: z.number().int().min(0),
});

export const ClassBoardView = z.strictObject({
  class: ClassSummary,
  rows: z.array(BoardRowView),
  median: z.strictObject({
    progress: z.number().nullable(),
    parts: partsOf(z.number().nullable()),
    problems: z.number().nullable(),
    warnings: z.number().nullable(),
    revenue: z.number().nullable(),
    marketing: z.number().nullable(),
    contribution: z.number().nullable(),
    breakEvenUnits: z.number().nullable(),
    objectives: z.number().nullable(),
    actions: z.number().nullable(),
    kpis: z.number().nullable(),
  }),
  currency: z.string().nullable(),
});
export type ClassBoardView = z.infer<typeof ClassBoardView>;
