import fs from 'node:fs';
import tls, { type ConnectionOptions } from 'node:tls';
import { isLoopbackHost, type TeamConnection } from '../../../../shared/team/connection';
import { TeamError } from '../team-error';

/**
 * pg's `ssl` option for a connection's sslMode, built here rather than from a connection string
 * (whose sslmode pg reads its own way), so each mode means what libpq's does:
 * - disable: no TLS, only for a server on this machine (checked again here, whatever the caller checked);
 * - require: TLS, the certificate not checked;
 * - verify-ca: the certificate must be signed by the CA (caFile, else Node's CAs), any host name;
 * - verify-full: and it must name the host we connect to.
 */
export function tlsOptionsFor(connection: TeamConnection, readFile: (file: string) => Buffer = fs.readFileSync): false | ConnectionOptions {
  if (connection.sslMode === 'disable') {
    if (!isLoopbackHost(connection.host)) {
      throw new TeamError('teamTls', 'TLS is required for a server that is not on this machine.', {
        detail: 'TLS is required for a server that is not on this machine',
      });
    }
    return false;
  }
  if (connection.sslMode === 'require') return { rejectUnauthorized: false };
  const options: ConnectionOptions = { rejectUnauthorized: true };
  if (connection.caFile) {
    try {
      options.ca = readFile(connection.caFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new TeamError('teamTls', `The CA file ${connection.caFile} could not be read (${code}).`, {
        detail: `the CA file could not be read: ${code}`,
      });
    }
  }
  const host = connection.host.replace(/^\[(.*)\]$/, '$1');
  options.checkServerIdentity = connection.sslMode === 'verify-full' ? (_servername, cert) => tls.checkServerIdentity(host, cert) : () => undefined;
  return options;
}
