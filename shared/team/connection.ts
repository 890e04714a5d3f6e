import { z } from 'zod';

/**
 * Where the team library lives: a stock PostgreSQL server. The password is never part of this
 * value: it is kept apart (the OS keychain on the desktop, the session's memory elsewhere), so
 * settings can be stored, shown and logged without it.
 */
export const TEAM_SSL_MODES = ['verify-full', 'verify-ca', 'require', 'disable'] as const;
export type TeamSslMode = (typeof TEAM_SSL_MODES)[number];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** A server on this machine: the only place a connection may go without TLS. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return LOOPBACK_HOSTS.has(h) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export const TeamConnection = z
  .strictObject({
    host: z.string().trim().min(1).max(255),
    port: z.number().int().min(1).max(65535),
    database: z.string().trim().min(1).max(63),
    user: z.string().trim().min(1).max(63),
    /** verify-full by default: the server's certificate must be signed by a trusted CA and name the host. */
    sslMode: z.enum(TEAM_SSL_MODES),
    /** A PEM file of the CA that signed a self-hosted server's certificate (else the system's CAs). */
    caFile: z.string().max(1000).optional(),
  })
  .refine((c) => c.sslMode !== 'disable' || isLoopbackHost(c.host), {
    message: 'TLS is required for a server that is not on this machine',
    path: ['sslMode'],
  });
export type TeamConnection = z.infer<typeof TeamConnection>;

export const DEFAULT_TEAM_PORT = 5432;

/** How the connection is shown: never with a password. */
export function describeConnection(c: Pick<TeamConnection, 'host' | 'port' | 'database' | 'user'>): string {
  const host = c.host.includes(':') && !c.host.startsWith('[') ? `[${c.host}]` : c.host;
  return `${c.user}@${host}:${c.port}/${c.database}`;
}

/** One team library is one server and database: links made with it are not used with another. */
export function libraryKey(c: Pick<TeamConnection, 'host' | 'port' | 'database'>): string {
  return `${c.host.trim().toLowerCase()}:${c.port}/${c.database}`;
}
