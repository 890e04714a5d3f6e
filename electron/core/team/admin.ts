import { z } from 'zod';
import { parseOrRefuse } from '../validate';
import { openClient } from './remote/pg-client';
import { toTeamError } from './remote/pg-errors';
import type { TeamServerConfig } from './remote/team-remote';

/** A PostgreSQL role name: up to 63 bytes (NAMEDATALEN - 1); the server checks that it exists. */
export const AddTeamMemberRequest = z.strictObject({
  team: z.string().trim().min(1).max(200),
  member: z
    .string()
    .trim()
    .min(1)
    .refine((s) => new TextEncoder().encode(s).length <= 63, 'a role name is at most 63 bytes'),
  displayName: z.string().trim().max(200).default(''),
  lead: z.boolean().default(false),
});
export type AddTeamMemberRequest = z.input<typeof AddTeamMemberRequest>;

/**
 * The owner adds a login to a team (the team is made on first use): the schema's own
 * planwright.add_member, called with parameters — the role name never becomes SQL text here
 * (the function quotes it with %I for its GRANT). Needs the owner's role; answers the team's id.
 */
export async function addTeamMember(config: TeamServerConfig, request: AddTeamMemberRequest): Promise<{ teamId: string }> {
  const valid = parseOrRefuse(AddTeamMemberRequest, request, 'The member');
  const client = await openClient(config);
  try {
    const result = await client.query<{ team_id: string }>('SELECT planwright.add_member($1, $2, $3, $4) AS team_id', [
      valid.team,
      valid.member,
      valid.displayName,
      valid.lead,
    ]);
    return { teamId: result.rows[0]!.team_id };
  } catch (error) {
    throw toTeamError(error, config.password);
  } finally {
    await client.end().catch(() => undefined);
  }
}
