import pg from 'pg';
import type { TeamServerConfig } from './team-remote';
import { toTeamError } from './pg-errors';
import { tlsOptionsFor } from './tls-options';

export type ClientOptions = { connectTimeoutMs?: number; statementTimeoutMs?: number };

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

/**
 * One connected pg.Client for these settings (not a pool: a laptop needs one session). The
 * password goes to pg as a field, never in a URL; TLS is built by tlsOptionsFor. Any failure
 * rejects with a TeamError; an 'error' the socket raises while idle is caught here (the next call
 * finds the session gone), so it never becomes an uncaught exception.
 */
export async function openClient(config: TeamServerConfig, options: ClientOptions = {}): Promise<pg.Client> {
  const { connection, password } = config;
  const ssl = tlsOptionsFor(connection);
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const client = new pg.Client({
    host: connection.host.replace(/^\[(.*)\]$/, '$1'),
    port: connection.port,
    database: connection.database,
    user: connection.user,
    password: password ?? undefined,
    ssl,
    application_name: 'Planwright',
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    statement_timeout: statementTimeout,
    // A server that stops answering without closing the socket still ends the call.
    query_timeout: statementTimeout + 5_000,
    keepAlive: true,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw toTeamError(error, password, true);
  }
  return client;
}
