/**
 * Where the team library's password is kept. On the desktop, the OS keychain through Electron's
 * safeStorage (electron/main/keychain-secrets.ts); in browser mode and the command line, which
 * have no keychain, only this process's memory: the user types it again next time. Never the
 * database, never a log.
 */
export interface SecretStore {
  readonly kind: 'keychain' | 'session';
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function sessionSecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    kind: 'session',
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    delete: (key) => void values.delete(key),
  };
}
