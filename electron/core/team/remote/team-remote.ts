import type { TeamConnection } from '../../../../shared/team/connection';
import type { TeamPlanHead, TeamServerInfo, TeamVersionInfo } from '../../../../shared/team/views';

/** A connection's settings and its password (kept apart: see shared/team/connection.ts). */
export type TeamServerConfig = { connection: TeamConnection; password: string | null };

/** One version of a team plan with its contents: the plan as `.mplan` text (shared/file-format). */
export type TeamPlanVersion = TeamVersionInfo & { remoteId: string; teamId: string; document: string };

export type PublishRequest = {
  remoteId: string;
  teamId: string;
  /** The team version this publish builds on: 0 for a plan new to the library. */
  baseVersion: number;
  /** The plan's name, shown in the team's list. */
  name: string;
  /** The plan as `.mplan` text. */
  document: string;
  contentHash: string;
};

export type PublishResult = { version: number; publishedAt: string; publishedBy: string };

/**
 * The team library on a PostgreSQL server, as the sync engine sees it. Every call is one
 * statement or one transaction on the server; a failure rejects with a TeamError (its `reason`
 * says which known refusal it is). Implemented by pg-team-remote.ts; the sync engine's unit
 * tests use an in-memory one.
 */
export interface TeamRemote {
  /** Who we are and our teams (one query): what "Test" shows. */
  info(): Promise<TeamServerInfo>;
  /** The heads of every plan our teams hold (row-level security hides the rest). */
  listPlans(): Promise<TeamPlanHead[]>;
  /** The heads of these plans, where we can read them (missing ids are left out). */
  heads(remoteIds: readonly string[]): Promise<TeamPlanHead[]>;
  /** One version with its contents (the head when `version` is left out). */
  fetchVersion(remoteId: string, version?: number): Promise<TeamPlanVersion>;
  /**
   * Adds a version on top of `baseVersion`, in one transaction. Rejects with reason
   * `teamConflict` (params.headVersion) when the head is no longer `baseVersion` (someone
   * published first; nothing is written), `teamLocked` when a lead locked the plan.
   */
  publish(request: PublishRequest): Promise<PublishResult>;
  /** A lead marks a published version as locked: no publish goes on top until unlocked. */
  lock(remoteId: string, version: number): Promise<TeamPlanHead>;
  unlock(remoteId: string): Promise<TeamPlanHead>;
  /** Every version of a plan, newest first, without contents. */
  history(remoteId: string): Promise<TeamVersionInfo[]>;
  close(): Promise<void>;
}
