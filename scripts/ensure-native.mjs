// Makes better-sqlite3 loadable by the runtime about to use it: `node` (tests, browser mode, CLI)
// or `electron` (npm start).
//
// The two need different native builds (different NODE_MODULE_VERSION). Rebuilding in place for
// one breaks the other, so `npm start` and `npm test` would undo each other. Instead:
//   node      the build npm installed in node_modules stays the Node one; this only checks it
//             loads, and runs `npm rebuild better-sqlite3` if it does not (someone rebuilt it in
//             place for Electron, or Node changed major version).
//   electron  a separate copy is built into .cache/native/electron-<version>/better_sqlite3.node,
//             which electron/main passes to better-sqlite3 as `nativeBinding`. Keep the path in
//             step with electronNativeBindingPath() in electron/main/paths.ts.
// It prints one line saying what it did; failures are one clear message and exit code 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const isWindows = process.platform === 'win32';

class Refusal extends Error {}

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function bin(name) {
  return path.join(root, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name);
}

/** Runs a command quietly; returns its combined output's last lines for the error message. */
function run(command, args, options) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    shell: isWindows, // .cmd shims need a shell on Windows
    ...options,
  });
  const tail = summarize(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  const ok = result.status === 0 && !result.error;
  const reason = result.error ? result.error.message : result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
  return { ok, detail: ok ? '' : `${reason}${tail ? `: ${tail}` : ''}` };
}

/** The line of a tool's output that says why it failed, rather than its boilerplate. */
function summarize(output) {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const noise = /^gyp ERR! (stack\s+at |System |command |cwd |node -v |node-gyp -v |not ok)/;
  const telling = lines.filter((line) => !noise.test(line) && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|failed|error/i.test(line));
  return (telling.length > 0 ? telling.slice(0, 2) : lines.slice(-2)).join(' / ');
}

/** Loads the module in a fresh Node process: a failed load in this one would stay cached. */
function nodeLoadCheck() {
  const probe = "const D=require('better-sqlite3');const d=new D(':memory:');d.prepare('select 1').get();d.close()";
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
  if (result.status === 0) return { ok: true, detail: '' };
  const message = `${result.stderr ?? ''}`.split(/\r?\n/).find((line) => /Error|NODE_MODULE_VERSION/.test(line)) ?? `exit code ${result.status}`;
  return { ok: false, detail: message.trim() };
}

function ensureNode() {
  const runtime = `Node ${process.versions.node} (ABI ${process.versions.modules})`;
  const first = nodeLoadCheck();
  if (first.ok) {
    console.log(`ensure-native: better-sqlite3 loads in ${runtime}; nothing to do.`);
    return;
  }
  const rebuild = run('npm', ['rebuild', 'better-sqlite3'], { cwd: root });
  const second = nodeLoadCheck();
  if (!second.ok) {
    throw new Refusal(
      `better-sqlite3 does not load in ${runtime} (${first.detail}), and \`npm rebuild better-sqlite3\` did not fix it` +
        `${rebuild.ok ? '' : ` (${rebuild.detail})`}: ${second.detail}`,
    );
  }
  console.log(`ensure-native: better-sqlite3 did not load in ${runtime} (${first.detail}); rebuilt it with npm rebuild, it loads now.`);
}

function ensureElectron() {
  const electronVersion = packageVersion('electron');
  const sqliteVersion = packageVersion('better-sqlite3');
  const arch = process.env.npm_config_arch || process.arch;
  const outDir = path.join(root, '.cache', 'native', `electron-${electronVersion}`);
  const target = path.join(outDir, 'better_sqlite3.node');
  const stampFile = path.join(outDir, 'stamp.json');
  const stamp = JSON.stringify({ 'better-sqlite3': sqliteVersion, electron: electronVersion, platform: process.platform, arch });

  if (fs.existsSync(target) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`ensure-native: better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} already built (${path.relative(root, target)}).`);
    return;
  }

  // A private copy of the package source, so the build never touches node_modules' Node binary.
  const staging = path.join(root, '.cache', 'native', `staging-electron-${electronVersion}`);
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(source, staging, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });

  const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: electronVersion };
  // A nodedir from npm's config (local Node headers) would make node-gyp compile against Node, not Electron.
  for (const key of Object.keys(env)) if (/^npm_config_(nodedir|dist_url|disturl)$/i.test(key)) delete env[key];
  const attempts = [];
  // 1) The prebuilt binary better-sqlite3 publishes for this Electron (a download from GitHub).
  const prebuilt = run(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', arch], {
    cwd: staging,
    env,
    timeout: 120_000,
  });
  attempts.push(`prebuild-install: ${prebuilt.ok ? 'ok' : prebuilt.detail}`);
  let how = 'downloaded the prebuilt binary';
  // 2) Compile it against Electron's headers (downloaded from electronjs.org; needs a C++ toolchain).
  if (!prebuilt.ok || !fs.existsSync(path.join(staging, 'build', 'Release', 'better_sqlite3.node'))) {
    const compiled = run(
      bin('node-gyp'),
      ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'],
      { cwd: staging, env, timeout: 900_000 },
    );
    attempts.push(`node-gyp: ${compiled.ok ? 'ok' : compiled.detail}`);
    how = 'compiled it with node-gyp';
  }

  const built = path.join(staging, 'build', 'Release', 'better_sqlite3.node');
  if (!fs.existsSync(built)) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Refusal(
      `could not build better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch}); ` +
        'this needs network access to github.com (prebuilt binary) or electronjs.org (headers for node-gyp). ' +
        `Tried ${attempts.join('; ')}. npm test and browser mode do not need this build.`,
    );
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(built, target);
  fs.writeFileSync(stampFile, stamp);
  fs.rmSync(staging, { recursive: true, force: true });
  console.log(`ensure-native: ${how}: better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} -> ${path.relative(root, target)}.`);
}

const mode = process.argv[2];
try {
  if (mode === 'node') ensureNode();
  else if (mode === 'electron') ensureElectron();
  else throw new Refusal(`usage: node scripts/ensure-native.mjs node|electron (got ${mode ?? 'nothing'})`);
} catch (error) {
  // Expected refusals read as one sentence; anything else still gets its message, not a stack trace.
  const message = error instanceof Refusal ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`ensure-native: ${message}`);
  process.exitCode = 1;
}
