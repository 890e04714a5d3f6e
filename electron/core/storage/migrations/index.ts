import * as v1 from './001-initial';
import * as v2 from './002-report-options';
import * as v3 from './003-library-scale';
import * as v8 from './008-playbooks';

/** Every migration, in order; a migration's version is its position (1-based). Never edit a shipped one. */
export const MIGRATIONS: { version: number; sql: string }[] = [v1, v2, v3, v8];

// The highest version, not the count: a branch's migration keeps its given number until the integrator renumbers.
export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
