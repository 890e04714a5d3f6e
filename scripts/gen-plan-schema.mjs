// Writes docs/plan.schema.json, the JSON Schema of a .mplan file, from the app's own zod schemas
// (shared/file-format/json-schema.ts). A unit test fails when the committed file is stale.
// Usage: npm run schema            (writes the file)
//        npm run schema -- --check (exits 1 if the file differs, writes nothing)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'docs', 'plan.schema.json');
const check = process.argv.includes('--check');

// The schemas are TypeScript; bundle a two-line entry that prints the schema, then run it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planwright-schema-'));
try {
  const bundle = path.join(dir, 'gen.cjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "import { planFileJsonSchemaText } from './shared/file-format/json-schema';\nprocess.stdout.write(planFileJsonSchemaText());\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'gen-plan-schema-entry.ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  const text = execFileSync(process.execPath, [bundle], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (check) {
    if (current !== text) {
      console.error(`${path.relative(root, target)} is out of date; run: npm run schema`);
      process.exitCode = 1;
    } else console.log(`${path.relative(root, target)} is up to date.`);
  } else if (current === text) {
    console.log(`${path.relative(root, target)} is up to date.`);
  } else {
    fs.writeFileSync(target, text);
    console.log(`wrote ${path.relative(root, target)} (${text.length} bytes)`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
