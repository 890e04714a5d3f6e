import fs from 'node:fs';
import path from 'node:path';
import { sessionSecretStore, type SecretStore } from '../core/team/secret-store';

/** What this needs of Electron's safeStorage (passed in, so it is tested without Electron). */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, so "encrypted" text is readable by anyone. */
  getSelectedStorageBackend?: () => string;
};

/**
 * The team library's password in the OS keychain: Electron's safeStorage encrypts it with a key
 * the OS keeps (Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux), and
 * only the encrypted bytes are written, to a file of their own beside the app's settings, never
 * into the database (which backups and plan files copy). Where the OS offers no real keychain
 * (a Linux desktop without one: safeStorage falls back to a fixed key), the password is kept for
 * the session only, and the settings say so.
 */
export function keychainSecretStore(safeStorage: SafeStorageLike, file: string): SecretStore {
  const backend = safeStorage.getSelectedStorageBackend?.();
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown') return sessionSecretStore();

  const read = (): Record<string, string> => {
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (values: Record<string, string>): void => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(values), { mode: 0o600 });
    fs.renameSync(temp, file);
  };

  return {
    kind: 'keychain',
    get(key) {
      const stored = read()[key];
      if (typeof stored !== 'string') return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Encrypted under another OS account or a reset keychain: ask for the password again.
        return null;
      }
    },
    set(key, value) {
      write({ ...read(), [key]: safeStorage.encryptString(value).toString('base64') });
    },
    delete(key) {
      const values = read();
      if (!(key in values)) return;
      delete values[key];
      write(values);
    },
  };
}
