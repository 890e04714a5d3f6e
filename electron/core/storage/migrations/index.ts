import * as v1 from './001-initial';
import * as v2 from './002-report-options';
import * as v3 from './003-library-scale';
import * as v4 from './004-classes';

/** Every migration, in order; a migration's version is its position (1-based). Never edit a shipped one. */
export const MIGRATIONS: { version: number; sql: string }[] = [v1, v2, v3, v4];

export const LATEST_VERSION = MIGRATIONS.length;
