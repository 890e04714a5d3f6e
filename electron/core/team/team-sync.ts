import type { PlanSummary } from '../../../shared/contracts';
import type { Language, Plan } from '../../../shared/domain';
import { syncStep, teamPlanState, type TeamLinkFacts } from '../../../shared/team/plan-state';
import type { TeamPlanHead, TeamSyncOutcome, TeamSyncReport } from '../../../shared/team/views';
import { DomainError, notFound } from '../errors';
import { idsInUse } from '../plan-file/import-plan-file';
import { writeTransaction, type Db } from '../storage/database';
import type { PlanStore } from '../storage/plan-store';
import type { TeamLink, TeamLinkBase, TeamLinkStore } from '../storage/team-links';
import type { VersionStore } from '../storage/version-store';
import { planContentHash } from './content-hash';
import { planDocument, planFromDocument } from './plan-document';
import type { TeamPlanVersion, TeamRemote } from './remote/team-remote';
import { TeamError } from './team-error';
import { teamCopyName, teamCopyNote } from './team-copy-names';

export type TeamSyncDeps = {
  db: Db;
  store: PlanStore;
  versions: VersionStore;
  links: TeamLinkStore;
  /** The library the remote is (shared/team libraryKey): links to another library are not used. */
  library: string;
  appVersion: string;
  now: () => string;
};

/**
 * A local plan as a sync step needs it: its hash, taken from the link when the plan has not
 * changed since it was in step (so an idle sync of many plans reads none of them), and the plan
 * itself only when a step sends it.
 */
type LocalPlan = { planId: string; updatedAt: string; language: Language; hash: string; plan(): Plan };

/** Errors after which the next plans cannot go better: the sync stops and says it was interrupted. */
function connectionGone(error: unknown): boolean {
  return error instanceof TeamError && (error.reason === 'teamConnectionLost' || error.reason === 'teamUnreachable');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Keeps local plans in step with the team library, plan by plan. The laptop's plan is the
 * working copy: a publish sends it as a new version on top of the one it was in step with, a
 * pull replaces it with the team's (only when it has no changes of its own), and when both
 * changed, the team's version is kept as a saved version of the plan beside the local one until
 * the user chooses. Each step's local writes are one SQLite transaction, made after the server
 * answered (never awaiting inside it), so a connection lost at any point leaves both sides whole:
 * the next sync finds what the server has and carries on (hashes, not clocks, decide).
 */
export class TeamSync {
  constructor(
    private readonly deps: TeamSyncDeps,
    private readonly remote: TeamRemote,
  ) {}

  /** Every linked plan of this library (or those named), one after another. */
  async sync(planIds?: readonly string[]): Promise<TeamSyncReport> {
    const wanted = planIds ? new Set(planIds) : null;
    const links = this.deps.links.list(this.deps.library).filter((l) => wanted === null || wanted.has(l.planId));
    if (links.length === 0) return { outcomes: [], interrupted: false };
    const heads = new Map((await this.remote.heads(links.map((l) => l.planId))).map((h) => [h.remoteId, h]));
    const outcomes: TeamSyncOutcome[] = [];
    for (const link of links) {
      try {
        outcomes.push(await this.syncLinked(link, heads.get(link.planId) ?? null));
      } catch (error) {
        if (connectionGone(error)) return { outcomes, interrupted: true, error: errorText(error) };
        outcomes.push(this.outcome(link.planId, 'failed', link.syncedVersion, errorText(error)));
      }
    }
    return { outcomes, interrupted: false };
  }

  /** Publishes a plan: a new one joins `teamId` (or the user's only team); a linked one syncs. */
  async publish(planId: string, teamId?: string): Promise<TeamSyncOutcome> {
    const link = this.link(planId);
    this.readLocal(planId, link); // a plan that is not here, or in the trash, is refused before the server is asked
    const [head] = await this.remote.heads([planId]);
    const settled = link ? await this.settle(link, head ?? null) : null;
    const local = this.readLocal(planId, settled);
    if (settled && head) return this.syncLinked(settled, head);
    if (!settled && head) return this.adopt(local, head);
    const team = settled?.teamId ?? (await this.chooseTeam(teamId));
    return this.publishOver(local, team, 0);
  }

  /** Brings a team plan to this laptop (a new local plan with the team plan's id), or syncs the copy already here. */
  async pull(remoteId: string): Promise<{ summary: PlanSummary; outcome: TeamSyncOutcome }> {
    const here = this.deps.db.prepare('SELECT deleted_at FROM plans WHERE id = ?').get(remoteId) as { deleted_at: string | null } | undefined;
    if (here?.deleted_at) {
      throw new DomainError('conflict', 'This plan is in the trash on this laptop. Restore it, then sync.', [], { reason: 'trashed' });
    }
    if (here) {
      const link = this.link(remoteId);
      const [head] = await this.remote.heads([remoteId]);
      if (!head) throw notFound('The team plan');
      const outcome = link ? await this.syncLinked(link, head) : await this.adopt(this.readLocal(remoteId, null), head);
      return { summary: this.deps.store.summary(remoteId), outcome };
    }
    const version = await this.remote.fetchVersion(remoteId);
    const theirs = this.teamPlan(version);
    const summary = writeTransaction(this.deps.db, () => {
      // Row ids are unique across the library: a team plan whose rows another plan here uses
      // cannot keep its ids, and a copy with new ids could not stay linked.
      if (idsInUse(this.deps.db, theirs)) {
        throw new DomainError('conflict', 'Rows of this team plan are already used by another plan here. Nothing was changed.');
      }
      this.deps.store.insertPlan({ ...theirs, meta: { ...theirs.meta, updatedAt: this.deps.now(), deletedAt: null } });
      this.markPulled(remoteId, version.teamId, version.version);
      return this.deps.store.summary(remoteId);
    });
    return { summary, outcome: this.outcome(remoteId, 'pulled', version.version) };
  }

  /**
   * After a clash: `mine` publishes this laptop's plan on top of the team's version (which stays in
   * the team's history); `theirs` saves this laptop's plan as a version, then takes the team's.
   */
  async resolve(planId: string, keep: 'mine' | 'theirs'): Promise<TeamSyncOutcome> {
    const recorded = this.link(planId);
    if (!recorded?.conflict) throw new DomainError('conflict', 'This plan has no clash with the team library to resolve.');
    // "Keep mine" sent before, and the app closed before it heard back: that is settled first.
    const link = recorded.pending ? await this.settle(recorded, (await this.remote.heads([planId]))[0] ?? null) : recorded;
    if (!link.conflict) return this.outcome(planId, 'published', link.syncedVersion);
    const local = this.readLocal(planId, link);
    if (keep === 'mine') return this.publishOver(local, link.teamId, link.conflict.version);
    const version = await this.remote.fetchVersion(planId, link.conflict.version);
    const theirs = this.teamPlan(version);
    return writeTransaction(this.deps.db, () => {
      this.deps.versions.saveAutoInTransaction(planId, 'restore', teamCopyName(version, local.language));
      this.deps.store.replaceContents(planId, { ...theirs, meta: { ...theirs.meta, id: planId } });
      this.markPulled(planId, link.teamId, version.version);
      return this.outcome(planId, 'pulled', version.version);
    });
  }

  private async syncLinked(recorded: TeamLink, head: TeamPlanHead | null): Promise<TeamSyncOutcome> {
    const link = await this.settle(recorded, head);
    const local = this.readLocal(link.planId, link);
    const state = teamPlanState(linkFacts(link), local.hash, head);
    if (head === null && link.syncedVersion === 0) {
      return this.outcome(link.planId, 'failed', 0, 'This plan never reached the team library. Publish it again.');
    }
    if (head === null) {
      // Gone from the library, or no longer readable by us: nothing is sent without the user asking.
      return this.outcome(link.planId, 'failed', link.syncedVersion, 'The team library no longer has this plan, or you can no longer read it.');
    }
    switch (syncStep(state)) {
      case 'none':
        // In step; a publish whose answer was lost is recognised here by its hash.
        if (link.syncedVersion !== head.headVersion || link.syncedHash !== local.hash || link.conflict) {
          writeTransaction(this.deps.db, () => this.markInStep(local, link.teamId, head.headVersion));
        }
        return this.outcome(link.planId, 'upToDate', head.headVersion);
      case 'publish':
        return this.publishOver(local, link.teamId, link.syncedVersion);
      case 'pull':
        return this.takeTeams(link, local, head);
      case 'keepBoth':
        return this.keepBoth(link, local, head);
    }
  }

  /** A plan here that the library has too, never linked (the same file imported on two laptops). */
  private async adopt(local: LocalPlan, head: TeamPlanHead): Promise<TeamSyncOutcome> {
    if (teamPlanState(null, local.hash, head) === 'inStep') {
      writeTransaction(this.deps.db, () => this.markInStep(local, head.teamId, head.headVersion));
      return this.outcome(local.planId, 'upToDate', head.headVersion);
    }
    return this.keepBoth(null, local, head);
  }

  private async publishOver(local: LocalPlan, teamId: string, baseVersion: number): Promise<TeamSyncOutcome> {
    const planId = local.planId;
    const plan = local.plan();
    const link = this.link(planId);
    writeTransaction(this.deps.db, () =>
      this.deps.links.markPending(baseOf(link ?? this.newLink(planId, teamId)), {
        version: baseVersion + 1,
        hash: local.hash,
        updatedAt: local.updatedAt,
      }),
    );
    try {
      const published = await this.remote.publish({
        remoteId: planId,
        teamId,
        baseVersion,
        name: plan.meta.name,
        document: planDocument(plan, this.deps.appVersion, this.deps.now()),
        contentHash: local.hash,
      });
      writeTransaction(this.deps.db, () => this.markInStep(local, teamId, published.version));
      return this.outcome(planId, 'published', published.version);
    } catch (error) {
      // Refused: it did not land. Lost on the way: it may have; the next sync settles it.
      if (!connectionGone(error)) writeTransaction(this.deps.db, () => this.deps.links.clearPending(planId));
      if (!(error instanceof TeamError)) throw error;
      if (error.reason === 'teamLocked') return this.outcome(planId, 'locked', baseVersion, error.message);
      if (error.reason !== 'teamConflict') throw error;
      // Someone published first: keep both, never overwrite.
      const [head] = await this.remote.heads([planId]);
      if (!head) throw error;
      return this.keepBoth(this.link(planId), local, head);
    }
  }

  /** The team changed the plan and this laptop did not: take the team's version. */
  private async takeTeams(link: TeamLink, local: LocalPlan, head: TeamPlanHead): Promise<TeamSyncOutcome> {
    const version = await this.remote.fetchVersion(link.planId, head.headVersion);
    const theirs = this.teamPlan(version);
    return writeTransaction(this.deps.db, () => {
      // Edited while the team's version was on its way: that edit is kept, as a clash.
      const now = this.readLocal(link.planId, link);
      if (now.updatedAt !== local.updatedAt && now.hash !== local.hash) return this.keepTeamCopy(link, now, version);
      this.deps.store.replaceContents(link.planId, { ...theirs, meta: { ...theirs.meta, id: link.planId } });
      this.markPulled(link.planId, link.teamId, version.version);
      return this.outcome(link.planId, 'pulled', version.version);
    });
  }

  /** Both changed: the team's version becomes a saved version of the local plan, and the clash is recorded. */
  private async keepBoth(link: TeamLink | null, local: LocalPlan, head: TeamPlanHead): Promise<TeamSyncOutcome> {
    const planId = local.planId;
    if (link?.conflict?.version === head.headVersion) return this.outcome(planId, 'conflict', head.headVersion);
    const version = await this.remote.fetchVersion(planId, head.headVersion);
    return writeTransaction(this.deps.db, () => this.keepTeamCopy(link ?? this.newLink(planId, head.teamId), local, version));
  }

  private keepTeamCopy(link: TeamLink, local: LocalPlan, version: TeamPlanVersion): TeamSyncOutcome {
    const planId = link.planId;
    const language = local.language;
    const saved = this.deps.versions.saveCopy(planId, this.teamPlan(version), {
      name: teamCopyName(version, language),
      note: teamCopyNote(version, language),
    });
    this.deps.links.markConflict(baseOf(link), {
      version: version.version,
      versionId: saved.id,
      publishedBy: version.publishedBy,
      publishedAt: version.publishedAt,
    });
    return this.outcome(planId, 'conflict', version.version);
  }

  private async chooseTeam(teamId: string | undefined): Promise<string> {
    const { teams } = await this.remote.info();
    if (teamId !== undefined) {
      if (teams.some((t) => t.teamId === teamId)) return teamId;
      throw new TeamError('teamNotMember', 'You are not a member of that team.');
    }
    if (teams.length === 1) return teams[0]!.teamId;
    if (teams.length === 0) throw new TeamError('teamNotMember', 'You are not a member of any team in this library. Ask its owner to add you.');
    throw new DomainError('invalid', `You belong to ${teams.length} teams: choose the team this plan joins.`, [
      { path: 'teamId', message: 'choose a team' },
    ]);
  }

  private teamPlan(version: TeamPlanVersion): Plan {
    const plan = planFromDocument(version.document);
    // A version is stored under its plan's id; a document naming another plan is not this plan.
    if (plan.meta.id !== version.remoteId) {
      throw new DomainError('invalid', 'The team library’s copy names a different plan. Nothing was changed.');
    }
    return plan;
  }

  private readLocal(planId: string, link: TeamLink | null): LocalPlan {
    const row = this.deps.db.prepare('SELECT updated_at, deleted_at, language FROM plans WHERE id = ?').get(planId) as
      { updated_at: string; deleted_at: string | null; language: Language } | undefined;
    if (!row) throw notFound('The plan');
    if (row.deleted_at !== null) {
      throw new DomainError('conflict', 'This plan is in the trash. Restore it to publish or sync it.', [], { reason: 'trashed' });
    }
    let cached: Plan | null = null;
    const plan = () => (cached ??= this.deps.store.get(planId));
    const hash = link && link.syncedHash !== '' && row.updated_at === link.syncedUpdatedAt ? link.syncedHash : planContentHash(plan());
    return { planId, updatedAt: row.updated_at, language: row.language, hash, plan };
  }

  private link(planId: string): TeamLink | null {
    const link = this.deps.links.get(planId);
    return link && link.library === this.deps.library ? link : null;
  }

  private newLink(planId: string, teamId: string): TeamLink {
    const at = this.deps.now();
    return {
      planId,
      library: this.deps.library,
      teamId,
      syncedVersion: 0,
      syncedHash: '',
      syncedUpdatedAt: '',
      syncedAt: at,
      conflict: null,
      pending: null,
    };
  }

  /**
   * A publish written down as on its way (markPending) whose answer never came back: if the
   * team's history has it (the version it was to become, with the hash sent), it landed, and the
   * link is in step with it, whatever was edited here since; if not, it is forgotten.
   */
  private async settle(link: TeamLink, head: TeamPlanHead | null): Promise<TeamLink> {
    const pending = link.pending;
    if (!pending) return link;
    let landed = false;
    if (head && head.headVersion === pending.version) landed = head.headHash === pending.hash;
    else if (head && head.headVersion > pending.version) {
      landed = (await this.remote.history(link.planId)).some((v) => v.version === pending.version && v.contentHash === pending.hash);
    }
    writeTransaction(this.deps.db, () => {
      if (landed) {
        this.deps.links.markInStep({
          ...baseOf(link),
          syncedVersion: pending.version,
          syncedHash: pending.hash,
          syncedUpdatedAt: pending.updatedAt,
          syncedAt: this.deps.now(),
        });
      } else this.deps.links.clearPending(link.planId);
    });
    return this.link(link.planId) ?? this.newLink(link.planId, link.teamId);
  }

  /** Inside a write transaction: the plan as read is in step with the team's `version`. */
  private markInStep(local: Pick<LocalPlan, 'planId' | 'updatedAt' | 'hash'>, teamId: string, version: number): void {
    this.deps.links.markInStep({
      planId: local.planId,
      library: this.deps.library,
      teamId,
      syncedVersion: version,
      syncedHash: local.hash,
      syncedUpdatedAt: local.updatedAt,
      syncedAt: this.deps.now(),
    });
  }

  /** Inside a write transaction, after the team's version was written here. */
  private markPulled(planId: string, teamId: string, version: number): void {
    const plan = this.deps.store.get(planId);
    this.markInStep({ planId, updatedAt: plan.meta.updatedAt, hash: planContentHash(plan) }, teamId, version);
  }

  private outcome(planId: string, result: TeamSyncOutcome['result'], version: number, error?: string): TeamSyncOutcome {
    const row = this.deps.db.prepare('SELECT name FROM plans WHERE id = ?').get(planId) as { name: string } | undefined;
    return { planId, remoteId: planId, name: row?.name ?? '', result, version, ...(error ? { error } : {}) };
  }
}

function baseOf(link: TeamLink): TeamLinkBase {
  const { conflict: _conflict, pending: _pending, ...base } = link;
  return base;
}

/**
 * The link's facts for the plan-state rule. Given the team's head, a publish still written down
 * as on its way counts as landed when the head is it (the list shows it so before a sync settles it).
 */
export function linkFacts(link: TeamLink, head?: TeamPlanHead | null): TeamLinkFacts {
  const p = link.pending;
  if (p && head && head.headVersion === p.version && head.headHash === p.hash) {
    return { syncedVersion: p.version, syncedHash: p.hash, conflictVersion: null };
  }
  return { syncedVersion: link.syncedVersion, syncedHash: link.syncedHash, conflictVersion: link.conflict?.version ?? null };
}
