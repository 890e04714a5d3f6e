import { z } from 'zod';
import { Id } from '../domain';
import { TeamConnection } from './connection';

/** Where the password is kept: the OS keychain (desktop), this session's memory (browser mode), or nowhere yet. */
export const PASSWORD_STORAGE = ['keychain', 'session', 'none'] as const;

export const TeamSettingsView = z.strictObject({
  connection: TeamConnection.nullable(),
  /** A password is kept (never shown, never sent back). */
  hasPassword: z.boolean(),
  passwordStorage: z.enum(PASSWORD_STORAGE),
  /** Whether this app can keep a password in the OS keychain. */
  keychainAvailable: z.boolean(),
});
export type TeamSettingsView = z.infer<typeof TeamSettingsView>;

export const TeamRole = z.enum(['member', 'lead']);
export type TeamRole = z.infer<typeof TeamRole>;

export const TeamMembership = z.strictObject({ teamId: Id, name: z.string(), role: TeamRole });
export type TeamMembership = z.infer<typeof TeamMembership>;

/** What "Test" answers: who the server says we are, and the teams we belong to. */
export const TeamServerInfo = z.strictObject({
  serverVersion: z.string(),
  schemaVersion: z.number().int(),
  user: z.string(),
  displayName: z.string(),
  teams: z.array(TeamMembership),
  tls: z.boolean(),
});
export type TeamServerInfo = z.infer<typeof TeamServerInfo>;

/**
 * A plan's standing with the team library (shared/team/plan-state.ts):
 * - notPublished: only on this laptop;
 * - inStep: the same as the team's latest version;
 * - localChanges: changed here since; a publish or sync sends them;
 * - teamChanges: someone published a newer version; a sync brings it;
 * - conflict: both changed; both versions are kept until the user chooses.
 */
export const TEAM_PLAN_STATES = ['notPublished', 'inStep', 'localChanges', 'teamChanges', 'conflict'] as const;
export const TeamPlanState = z.enum(TEAM_PLAN_STATES);
export type TeamPlanState = z.infer<typeof TeamPlanState>;

/** A plan of the team library as the server lists it (no contents). */
export const TeamPlanHead = z.strictObject({
  remoteId: Id,
  teamId: Id,
  teamName: z.string(),
  name: z.string(),
  headVersion: z.number().int().min(1),
  headHash: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  lockedVersion: z.number().int().nullable(),
  lockedBy: z.string().nullable(),
});
export type TeamPlanHead = z.infer<typeof TeamPlanHead>;

/** A local plan's link to its team plan, as this laptop knows it (readable offline). */
export const TeamLinkView = z.strictObject({
  planId: Id,
  remoteId: Id,
  teamId: Id,
  library: z.string(),
  /** The team version this copy was last in step with. */
  syncedVersion: z.number().int().min(0),
  syncedAt: z.string(),
  localChanges: z.boolean(),
  /** A newer team version that clashed with changes made here, kept as a saved version of this plan. */
  conflict: z.strictObject({ version: z.number().int(), versionId: Id.nullable(), publishedBy: z.string(), publishedAt: z.string() }).nullable(),
});
export type TeamLinkView = z.infer<typeof TeamLinkView>;

export const TeamListing = z.strictObject({
  server: TeamServerInfo,
  plans: z.array(TeamPlanHead.extend({ localPlanId: Id.nullable(), state: TeamPlanState.nullable() })),
});
export type TeamListing = z.infer<typeof TeamListing>;

export const TEAM_SYNC_RESULTS = ['upToDate', 'published', 'pulled', 'conflict', 'locked', 'failed'] as const;
export const TeamSyncOutcome = z.strictObject({
  planId: Id,
  remoteId: Id,
  name: z.string(),
  result: z.enum(TEAM_SYNC_RESULTS),
  /** The team version the plan is in step with after this (or the clashing one). */
  version: z.number().int().min(0),
  error: z.string().optional(),
});
export type TeamSyncOutcome = z.infer<typeof TeamSyncOutcome>;

export const TeamSyncReport = z.strictObject({
  outcomes: z.array(TeamSyncOutcome),
  /** The connection was lost part way: the plans listed are done, the rest wait for the next sync. */
  interrupted: z.boolean(),
  error: z.string().optional(),
});
export type TeamSyncReport = z.infer<typeof TeamSyncReport>;

export const TeamVersionInfo = z.strictObject({
  version: z.number().int().min(1),
  name: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  contentHash: z.string(),
});
export type TeamVersionInfo = z.infer<typeof TeamVersionInfo>;
