import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keychainSecretStore, type SafeStorageLike } from '../../../../electron/main/keychain-secrets';
import { tempDir } from '../../helpers/temp-dir';

/** A stand-in for safeStorage: "encrypts" by reversing and tagging, so the file never holds the text. */
function fakeSafeStorage(backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (data) => {
      const s = data.toString();
      if (!s.startsWith('enc:')) throw new Error('not ours');
      return [...s.slice(4)].reverse().join('');
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('keychainSecretStore: the team password in the OS keychain', () => {
  it('keeps only encrypted bytes in its own file, and reads them back', () => {
    const file = path.join(tempDir(), 'team-secrets.json');
    const store = keychainSecretStore(fakeSafeStorage(), file);
    expect(store.kind).toBe('keychain');
    store.set('team-password:alice@db:5432/team', 'pa55-wörd');
    expect(readFileSync(file, 'utf8')).not.toContain('pa55');
    expect(keychainSecretStore(fakeSafeStorage(), file).get('team-password:alice@db:5432/team')).toBe('pa55-wörd');
    store.delete('team-password:alice@db:5432/team');
    expect(store.get('team-password:alice@db:5432/team')).toBeNull();
  });

  it('falls back to the session’s memory where the OS has no real keychain', () => {
    const file = path.join(tempDir(), 'team-secrets.json');
    for (const storage of [fakeSafeStorage('basic_text'), { ...fakeSafeStorage(), isEncryptionAvailable: () => false }]) {
      const store = keychainSecretStore(storage, file);
      expect(store.kind).toBe('session');
      store.set('k', 'secret');
      expect(store.get('k')).toBe('secret');
    }
    expect(() => readFileSync(file)).toThrow();
  });

  it('treats bytes it cannot decrypt (another account, a reset keychain) as no password', () => {
    const file = path.join(tempDir(), 'team-secrets.json');
    keychainSecretStore(fakeSafeStorage(), file).set('k', 'secret');
    const other = {
      ...fakeSafeStorage(),
      decryptString: () => {
        throw new Error('bad key');
      },
    };
    expect(keychainSecretStore(other, file).get('k')).toBeNull();
  });
});
