import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => path.join(dir, f));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const NODE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'events',
  'buffer',
]);
const isNodeImport = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!);

describe('process boundaries', () => {
  it('shared/ is pure TypeScript: no electron, no Node built-ins', () => {
    const files = sourceFiles('shared');
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((f) =>
      imports(f)
        .filter((s) => s === 'electron' || isNodeImport(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('electron/core runs in plain Node: it never imports electron', () => {
    const files = sourceFiles('electron/core');
    expect(files.length).toBeGreaterThan(5);
    expect(
      files.flatMap((f) =>
        imports(f)
          .filter((s) => s === 'electron')
          .map(() => f),
      ),
    ).toEqual([]);
  });

  it('the renderer reaches Node only through the API: no electron, no Node built-ins, no electron/ code', () => {
    const files = sourceFiles('renderer');
    const offending = files.flatMap((f) =>
      imports(f)
        .filter((s) => s === 'electron' || isNodeImport(s) || s.includes('/electron/'))
        .map((s) => `${f}: ${s}`),
    );
    expect(offending).toEqual([]);
  });
});
