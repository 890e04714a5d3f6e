import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

// A deferred transaction that reads then writes fails at once ("database is locked") when
// another process wrote meanwhile; writeTransaction() starts every one with BEGIN IMMEDIATE.
describe('write transactions', () => {
  it('every transaction in electron/ goes through writeTransaction (BEGIN IMMEDIATE)', () => {
    const dir = path.join(root, 'electron');
    // The team library's remote side talks to PostgreSQL, not SQLite: there BEGIN is right (the
    // publish trigger locks the plan's row), and BEGIN IMMEDIATE does not exist.
    const postgres = path.join('core', 'team', 'remote') + path.sep;
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith(postgres));
    const offending = files.flatMap((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const calls = [...text.matchAll(/\.transaction\(/g)].length;
      const allowed = f === path.join('core', 'storage', 'database.ts') ? 1 : 0;
      const raw = [...text.matchAll(/\bBEGIN\b(?!\s+IMMEDIATE)/g)].length;
      return calls > allowed || raw > 0 ? [f] : [];
    });
    expect(files.length).toBeGreaterThan(20);
    expect(offending).toEqual([]);
  });
});
