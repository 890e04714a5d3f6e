import * as v1 from './001-initial';
import * as v2 from './002-report-options';
import * as v3 from './003-library-scale';
import * as v4 from './004-classes';
import * as v5 from './005-plan-versions';
import * as v6 from './006-playbooks';
import * as v7 from './007-actuals';
import * as v8 from './008-scenarios';
import * as v9 from './009-sheet-mappings';
import * as v10 from './010-customer-lists';
import * as v11 from './011-team-links';

/** Every migration, in order, each with its version. Never edit a shipped one. */
export const MIGRATIONS: { version: number; sql: string }[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11];

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
