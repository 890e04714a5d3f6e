import { z } from 'zod';
import { Id, ShortText, Text, Timestamp } from './primitives';
import { Plan } from './plan';

/**
 * A saved version of a plan: a name and a note the consultant gives it ("Sent to client 3 Dec"),
 * or an automatic one made before something that replaces much of the plan (a restore, a bulk
 * paste, an import over it), so that change can be undone by restoring it.
 */
export const VERSION_KINDS = ['manual', 'auto'] as const;
export const VERSION_CAUSES = ['restore', 'paste', 'import'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export type VersionCause = (typeof VERSION_CAUSES)[number];

/** The most versions one plan keeps, and that a plan file may carry. */
export const MAX_VERSIONS_PER_PLAN = 500;

export const VersionMeta = z.strictObject({
  id: Id,
  createdAt: Timestamp,
  name: ShortText,
  note: Text,
  kind: z.enum(VERSION_KINDS),
  /** Why an automatic version was made; absent for a version saved by hand. */
  cause: z.enum(VERSION_CAUSES).optional(),
  /** For a restore: the name of the version restored, so the list can say "Before restoring …". */
  causeDetail: ShortText.optional(),
});
export type VersionMeta = z.infer<typeof VersionMeta>;

/** A version as a plan file carries it: what it is and the whole plan as it was. */
export const VersionWithPlan = VersionMeta.extend({ plan: Plan });
export type VersionWithPlan = z.infer<typeof VersionWithPlan>;
