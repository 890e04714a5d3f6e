// electronegativity over the app's code: every finding must be a documented false positive
// (docs/security-scan.md), and a real misconfiguration must be found.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const SCANNER = path.join(ROOT, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const ELECTRON_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
  .devDependencies.electron!;

type Finding = { check: string; file: string };

/** Scans a copy of the app's source folders (the scanner reports paths relative to what it is given). */
function scan(edit?: (copy: string) => void): Finding[] {
  const copy = tempDir('planwright-scan-');
  for (const folder of ['electron', 'renderer', 'shared']) fs.cpSync(path.join(ROOT, folder), path.join(copy, folder), { recursive: true });
  edit?.(copy);
  const sarif = path.join(tempDir('planwright-scan-out-'), 'scan.sarif');
  // AvailableSecurityFixesGlobalCheck downloads Electron's release list: the test makes no network call it needs.
  const run = spawnSync(
    process.execPath,
    [SCANNER, '-i', copy, '-e', ELECTRON_VERSION, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-o', sarif],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LANG: 'en-US' },
    },
  );
  if (!fs.existsSync(sarif)) throw new Error(`electronegativity wrote no report (exit ${run.status}): ${run.stderr}${run.stdout}`);
  const report = JSON.parse(fs.readFileSync(sarif, 'utf8')) as {
    runs: { results: { ruleId: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
  };
  return report.runs
    .flatMap((r) => r.results)
    .map((r) => ({ check: r.ruleId, file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A' }));
}

/** The table of docs/security-scan.md. */
function documented(): Finding[] {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'security-scan.md'), 'utf8');
  return [...doc.matchAll(/^\| ([A-Z_]+) \| ([^|]+?) \|/gm)].map((m) => ({ check: m[1]!, file: m[2]!.trim() }));
}

const key = (f: Finding) => `${f.check} ${f.file}`;

describe('static security scan (electronegativity)', () => {
  it('finds nothing but the documented false positives, and every documented one still applies', { timeout: 150_000 }, () => {
    const found = [...new Set(scan().map(key))].sort();
    expect(found).toEqual(documented().map(key).sort());
  });

  it('would catch a window that turned context isolation off', { timeout: 150_000 }, () => {
    const found = scan((copy) => {
      const window = path.join(copy, 'electron', 'main', 'window.ts');
      fs.writeFileSync(window, fs.readFileSync(window, 'utf8').replace('contextIsolation: true', 'contextIsolation: false'));
    });
    expect(found.map(key)).toContain('CONTEXT_ISOLATION_JS_CHECK electron/main/window.ts');
  });
});
