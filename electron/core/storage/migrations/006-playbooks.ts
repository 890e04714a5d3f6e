/**
 * Version 6: the method playbooks a plan follows (shared/playbooks), as a JSON array of their ids
 * in the order they were attached. Plans written before have none.
 */
export const version = 6;

export const sql = `
ALTER TABLE plans ADD COLUMN playbooks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(playbooks) AND json_type(playbooks) = 'array');
`;
