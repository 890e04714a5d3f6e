// The packaged app's seals, read from electron-builder.yml as electron-builder reads it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const configText = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
type Config = Record<string, any>;
const config = yaml.load(configText) as Config;

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own schema check)', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it("flips Electron's fuses as the security checklist asks", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Integrity validation and asar-only loading mean nothing without the archive.
    expect(config.asar).toBe(true);
  });

  it('signs and notarises macOS builds with the hardened runtime and only the JIT entitlements', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true, entitlements: 'assets/entitlements.mac.plist' });
    const plist = fs.readFileSync(path.join(ROOT, config.mac.entitlements), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit', 'com.apple.security.cs.allow-unsigned-executable-memory']);
  });

  it('signs Windows builds with SHA-256 and a timestamp', () => {
    expect(config.win.signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'] });
    expect(config.win.signtoolOptions.rfc3161TimeStampServer).toMatch(/^https?:\/\//);
  });

  it('keeps every signing credential out of the repository', () => {
    const credentialKeys = /^\s*(cscLink|cscKeyPassword|certificatePassword|certificateFile|password|appleId|appleIdPassword|teamId|apiKey)\s*:/im;
    expect(configText).not.toMatch(credentialKeys);
    const tracked = fs.readdirSync(path.join(ROOT, 'assets'));
    expect(tracked.filter((name) => /\.(p12|pfx|p8|cer|key|pem)$/i.test(name))).toEqual([]);
  });

  it('publishes updates over https for Help → Check for Updates…, which only the user starts', () => {
    expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic', url: expect.stringMatching(/^https:\/\//) })]);
  });
});
