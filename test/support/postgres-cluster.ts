/**
 * A throwaway PostgreSQL for tests that need the real server (the team library): initdb in a
 * fresh temp folder, a random free port on 127.0.0.1 only, its unix socket inside the folder,
 * scram-sha-256 passwords, fsync off. One cluster per test file:
 *
 *   const pg = await startPostgresCluster({ ssl: true });   // a few seconds
 *   await pg.createLogin('alice', 'secret-a');
 *   ... connect to pg.host:pg.port as pg.ownerUser / pg.ownerPassword (or alice) ...
 *   await pg.stop();                                         // immediate stop, folder removed
 *
 * Where PostgreSQL is not installed, `describeWithPostgres` skips its tests with the reason in the
 * title; with CI set it fails instead (CI installs Debian's postgresql, so a skip would hide a gap).
 * We run as root here and in CI and initdb refuses root: then the folder is given to the
 * `postgres` user (made by Debian's package) and initdb/pg_ctl run through `runuser`.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, it } from 'vitest';

const run = promisify(execFile);

export type PostgresCluster = {
  host: '127.0.0.1';
  port: number;
  /** The cluster's superuser (it owns the database `postgres`, where the tests work). */
  ownerUser: string;
  ownerPassword: string;
  database: string;
  /** With `ssl`: the PEM of the CA that signed the server's certificate (for localhost and 127.0.0.1). */
  caFile?: string;
  /** The temp folder (data, socket, certificates, server log). */
  dir: string;
  /** Makes a login role with this password (no other rights). */
  createLogin(role: string, password: string): Promise<void>;
  /** Runs SQL as the owner (for setting a test's stage by hand). */
  ownerQuery<R extends pg.QueryResultRow = any>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  stop(): Promise<void>;
};

/** The highest installed PostgreSQL's bin folder (Debian's layout), else where `pg_config` says, or null. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length > 0) return path.join(root, versions[0]!, 'bin');
  // Elsewhere (Homebrew, other distributions) pg_config names the server's programs' folder.
  try {
    const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'pg_ctl')) ? bin : null;
  } catch {
    return null;
  }
}

function missingReason(): string | null {
  if (!findPostgresBin()) return 'PostgreSQL is not installed (apt-get install postgresql)';
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root without a postgres user to run the server as';
    }
  }
  return null;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export const postgresMissing: string | null = missingReason();

/**
 * A describe block for tests against a real PostgreSQL: skipped with the reason in its title where
 * the server is not installed, except under CI, where that is a failure.
 */
export function describeWithPostgres(title: string, body: () => void): void {
  if (postgresMissing === null) describe(title, body);
  else if (process.env.CI) {
    describe(title, () => {
      it(`needs PostgreSQL: ${postgresMissing}`, () => {
        throw new Error(`CI must run the PostgreSQL tests: ${postgresMissing}`);
      });
    });
  } else describe.skip(`${title} (skipped: ${postgresMissing})`, body);
}

const asRoot = process.getuid?.() === 0;

/** runuser lives in /usr/sbin, which a PATH made for a non-login shell (or `env -i`) may leave out. */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser'].find((file) => fs.existsSync(file)) ?? 'runuser';

/** Runs a PostgreSQL program as the user that owns the cluster. */
function runPg(bin: string, program: string, args: string[]) {
  const file = path.join(bin, program);
  return asRoot ? run(RUNUSER, ['-u', 'postgres', '--', file, ...args]) : run(file, args);
}

/** A port free right now on 127.0.0.1 (the server is started on it at once; a clash is retried). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function makeCertificates(dir: string): Promise<string> {
  const at = (f: string) => path.join(dir, f);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    '-new',
    ...ec,
    '-keyout',
    at('ca.key'),
    '-out',
    at('ca.crt'),
    '-days',
    '2',
    '-subj',
    '/CN=Planwright test CA',
  ]);
  await run('openssl', ['req', '-new', ...ec, '-keyout', at('server.key'), '-out', at('server.csr'), '-subj', '/CN=localhost']);
  fs.writeFileSync(
    at('server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    at('server.csr'),
    '-CA',
    at('ca.crt'),
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('server.crt'),
    '-days',
    '2',
    '-extfile',
    at('server.ext'),
  ]);
  fs.chmodSync(at('server.key'), 0o600);
  return at('ca.crt');
}

export async function startPostgresCluster(options: { ssl?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin || postgresMissing) throw new Error(`Cannot start PostgreSQL: ${postgresMissing ?? 'not installed'}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-pg-'));
  const dataDir = path.join(dir, 'data');
  const ownerUser = 'planwright_owner';
  const ownerPassword = randomBytes(18).toString('base64url');
  fs.writeFileSync(path.join(dir, 'pwfile'), ownerPassword + '\n', { mode: 0o600 });
  const caFile = options.ssl ? await makeCertificates(dir) : undefined;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:', dir]);
  await runPg(bin, 'initdb', [
    '-D',
    dataDir,
    '-U',
    ownerUser,
    `--pwfile=${path.join(dir, 'pwfile')}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  fs.rmSync(path.join(dir, 'pwfile'));

  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const settings = [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 60',
      'shared_buffers = 16MB',
      ...(options.ssl ? ['ssl = on', `ssl_cert_file = '${dir}/server.crt'`, `ssl_key_file = '${dir}/server.key'`] : []),
    ];
    fs.writeFileSync(path.join(dataDir, 'postgresql.auto.conf'), settings.join('\n') + '\n');
    try {
      await runPg(bin, 'pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '30', 'start']);
      break;
    } catch (error) {
      // Another process took the port between our probe and the server's start: try another.
      if (attempt >= 3) {
        const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : '';
        fs.rmSync(dir, { recursive: true, force: true });
        throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`, { cause: error });
      }
    }
  }

  const ownerQuery = async (sql: string, params?: unknown[]) => {
    const client = new pg.Client({ host: '127.0.0.1', port, user: ownerUser, password: ownerPassword, database: 'postgres', ssl: false });
    await client.connect();
    try {
      return await client.query(sql, params);
    } finally {
      await client.end();
    }
  };

  return {
    host: '127.0.0.1',
    port,
    ownerUser,
    ownerPassword,
    database: 'postgres',
    ...(caFile ? { caFile } : {}),
    dir,
    ownerQuery,
    async createLogin(role, password) {
      await ownerQuery(`CREATE ROLE ${pg.escapeIdentifier(role)} LOGIN PASSWORD ${pg.escapeLiteral(password)}`);
    },
    async stop() {
      try {
        await runPg(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
