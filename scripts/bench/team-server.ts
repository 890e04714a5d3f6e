// The benchmark's team server: the tests' throwaway PostgreSQL cluster and its setup, bundled by
// team.bench.mjs so the benchmark and the tests start the server the same way.
export { startPostgresCluster, postgresMissing } from '../../test/support/postgres-cluster';
export { setupTeamLibrary } from '../../test/support/team-fixture';
