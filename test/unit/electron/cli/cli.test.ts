import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../../electron/core/backend';
import { runCli } from '../../../../electron/cli/run-cli';
import { COMMANDS } from '../../../../electron/cli/commands';
import type { CliCommand } from '../../../../electron/cli/command';
import { displayWidth } from '../../../../electron/cli/text-table';
import { newId, type Plan } from '../../../../shared/domain';
import { serializePlanFile } from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';
import { tempDir } from '../../helpers/temp-dir';

const root = path.resolve(import.meta.dirname, '../../../..');

/** Runs one command line in-process, capturing what it prints. */
async function cli(argv: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? tempDir(),
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

function writePlanFile(dir: string, plan: Plan = fullPlan(), edit: (file: Record<string, any>) => void = () => {}): string {
  const file = JSON.parse(serializePlanFile(plan, { app: { name: 'Planwright', version: '0.1.0' }, exportedAt: '2027-01-05T09:30:00.000Z' }));
  edit(file);
  const target = path.join(dir, `${newId()}.mplan`);
  fs.writeFileSync(target, JSON.stringify(file, null, 2));
  return target;
}

/** The plans of a data folder, read through the app's own backend. */
function plansIn(dataDir: string) {
  const backend = createBackend({ dataDir, mode: 'test' });
  try {
    const list = backend.dispatch('plans.list', {});
    if (!list.ok) throw new Error(list.error.message);
    return (list.value as { id: string }[]).map((p) => backend.dispatch('plans.get', { planId: p.id }));
  } finally {
    backend.close();
  }
}

describe('planwright (no command)', () => {
  it('--help lists every command and exits 0', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toContain(`  ${command.name}`);
    expect(stdout).toMatch(/^Usage: planwright <command>/);
  });

  it('without arguments prints the usage to stderr and exits 2', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: planwright/);
  });

  it('an unknown command is named, with the usage, exit 2', async () => {
    const { code, stderr } = await cli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^planwright: unknown command "frobnicate"\n\nUsage: planwright/);
  });

  it('help <command> and <command> --help show that command’s usage', async () => {
    expect((await cli(['help', 'import'])).stdout).toMatch(/^Usage: planwright import <file\.mplan>/);
    const own = await cli(['list', '--help']);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^Usage: planwright list/);
  });

  it('a command that throws gives a message and exit 1, not a stack trace', async () => {
    const broken: CliCommand = {
      name: 'boom',
      summary: '',
      usage: '',
      run: () => {
        throw new Error('disk on fire');
      },
    };
    let stderr = '';
    const code = await runCli(['boom'], { stdout: () => {}, stderr: (t) => void (stderr += t), cwd: '/', env: {} }, [broken]);
    expect(code).toBe(1);
    expect(stderr).toBe('planwright boom: disk on fire\n');
  });
});

describe('planwright validate', () => {
  it('says a good file is valid, with its name and rows, exit 0', async () => {
    const dir = tempDir();
    const file = writePlanFile(dir);
    const { code, stdout, stderr } = await cli(['validate', path.basename(file)], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      'valid: 春季招生 🎓 (2 actions, 1 objective, 1 KPI, 1 budget line, 1 forecast line, 1 segment, 1 product, 1 competitor, 1 channel, 1 macro force, 1 customer tier, 2 SWOT items, 1 TOWS strategy, 1 issue, 1 segment score, 1 scenario, 1 scenario override, 1 actual sale, 2 actual spends, 1 action result)\n',
    );
  });

  it('lists each problem as path: message, exit 1', async () => {
    const dir = tempDir();
    const file = writePlanFile(dir, fullPlan(), (f) => {
      Object.assign(f.plan.collections.actions[0], { start: '2027-05-01', end: '2027-04-01' });
      f.plan.collections.kpis[0].objectiveId = newId();
    });
    const { code, stdout, stderr } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('actions[0].end: before start\n');
    expect(stderr).toBe(`${file} is not a valid plan file (1 problem).\n`);
    // Links are checked once every value is well formed.
    const linkOnly = writePlanFile(dir, fullPlan(), (f) => (f.plan.collections.kpis[0].objectiveId = newId()));
    expect((await cli(['validate', linkOnly])).stdout).toBe('kpis[0].objectiveId: links to a missing row of objectives\n');
  });

  it('refuses truncated JSON with its line and column', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cut.mplan');
    fs.writeFileSync(file, '{\n  "format": "planwright-plan",\n  "version": 1,\n  "plan": {');
    const { code, stdout } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('not valid JSON at line 4, column 12: the file ends too early\n');
  });

  it('says a version written as text is the problem, not that the version does not exist', async () => {
    const dir = tempDir();
    const file = writePlanFile(dir, fullPlan(), (f) => (f.version = '1'));
    const { code, stdout } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('version: the format version is written as text ("1"); it must be the number 1, without quotes\n');
  });

  it('refuses a newer format version clearly', async () => {
    const dir = tempDir();
    const file = writePlanFile(dir, fullPlan(), (f) => (f.version = 99));
    const { code, stdout } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('version: made by a newer Planwright (format version 99); this app reads version 3. Update Planwright to open it\n');
  });

  it('names a UTF-16 or Latin-1 file’s encoding, and imports nothing from it', async () => {
    const dir = tempDir();
    const good = fs.readFileSync(writePlanFile(dir));
    const utf16 = path.join(dir, 'notepad-unicode.mplan');
    fs.writeFileSync(utf16, Buffer.from(`\ufeff${good.toString('utf8')}`, 'utf16le'));
    const latin1 = path.join(dir, 'latin1.mplan');
    // Latin-1 has no Chinese or emoji: those become "?" as a Latin-1 editor would save them.
    fs.writeFileSync(
      latin1,
      Buffer.from(
        [...good.toString('utf8').replace('Bright Minds', 'Brïght Minds')].map((c) => (c.codePointAt(0)! > 0xff ? '?' : c)).join(''),
        'latin1',
      ),
    );
    expect(await cli(['validate', utf16])).toMatchObject({
      code: 1,
      stderr: `${utf16}: the file is saved as UTF-16 text; plan files are UTF-8. Save it as UTF-8 and import it again\n`,
    });
    const refused = await cli(['import', latin1, '--data-dir', path.join(dir, 'data')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^.*latin1\.mplan: the file is not UTF-8 text \(byte \d+ is not valid UTF-8; it may be saved as Latin-1, Windows-1252 or GBK\)\. Save it as UTF-8 and import it again\n$/,
    );
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('says in words that lists inside lists are not supported', async () => {
    const dir = tempDir();
    const nested = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inner' }] }] }],
    };
    const file = writePlanFile(dir, fullPlan(), (f) => {
      f.plan.fields.summary.narrative = {
        type: 'doc',
        content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, nested] }] }],
      };
    });
    const { code, stdout } = await cli(['validate', file]);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(/: lists inside lists are not supported; make the inner list part of the outer one$/);
  });

  it.each([
    [['validate'], 2, /^planwright validate: name the plan file to check\n\nUsage: planwright validate/],
    [['validate', 'a.mplan', 'b.mplan'], 2, /check one file at a time/],
    [['validate', '--strict', 'a.mplan'], 2, /^planwright validate: Unknown option '--strict'\.\n/],
    [['validate', 'missing.mplan'], 1, /^missing\.mplan: no such file\n$/],
    [['validate', '.'], 1, /^\.: is a folder, not a plan file\n$/],
  ])('%j exits %i with a clear message', async (argv, exit, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
  });
});

describe('planwright import and list', () => {
  it('imports a file into a new data folder, then lists it', async () => {
    const work = tempDir();
    const dataDir = path.join(work, 'data');
    const plan = fullPlan();
    const file = writePlanFile(work, plan);
    const imported = await cli(['import', file, '--data-dir', 'data'], { cwd: work });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe(`imported: 春季招生 🎓 (${plan.meta.id})\n  into ${dataDir}\n`);
    expect(plansIn(dataDir)).toEqual([{ ok: true, value: plan }]);

    const listed = await cli(['list', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Name\s+Client\s+Period\s+Updated \(UTC\)\s+Progress$/);
    expect(lines[2]).toMatch(/^春季招生 🎓\s+Bright Minds\s+2027-01-01 – 2027-12-31\s+2026-11-02 08:00\s+\d+%$/);
    // Columns line up even with wide characters: every row's "Bright" starts where the header's "Client" does.
    expect(displayWidth(lines[2]!.slice(0, lines[2]!.indexOf('Bright')))).toBe(lines[0]!.indexOf('Client'));
    expect(displayWidth('春季招生 🎓')).toBe(11);
  });

  it('imports the same file twice as a copy, saying so', async () => {
    const work = tempDir();
    const file = writePlanFile(work);
    await cli(['import', file, '--data-dir', work]);
    const again = await cli(['import', file, '--data-dir', work]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^imported: 春季招生 🎓 — Chen \([0-9a-f-]{36}\)\n {2}as a copy with new ids, .*\n {2}under a new name, .*\n {2}into /,
    );
    expect(plansIn(work)).toHaveLength(2);
  });

  it('refuses a bad file with its problems and leaves the data folder as it was', async () => {
    const work = tempDir();
    await cli(['import', writePlanFile(work), '--data-dir', work]);
    const before = JSON.stringify(plansIn(work));
    const bad = writePlanFile(work, fullPlan(), (f) => (f.plan.meta.client = 'x'.repeat(10 * 1024 * 1024)));
    const { code, stdout, stderr } = await cli(['import', bad, '--data-dir', work]);
    expect(code).toBe(1);
    expect(stdout).toBe('meta.client: must be at most 200 characters\n');
    expect(stderr).toBe(`${bad} was not imported (1 problem). Nothing was changed.\n`);
    expect(JSON.stringify(plansIn(work))).toBe(before);
  });

  it('uses PLANWRIGHT_DATA_DIR when no --data-dir is given', async () => {
    const work = tempDir();
    const dataDir = path.join(work, 'from-env');
    const imported = await cli(['import', writePlanFile(work)], { env: { PLANWRIGHT_DATA_DIR: dataDir } });
    expect(imported.code).toBe(0);
    expect((await cli(['list'], { env: { PLANWRIGHT_DATA_DIR: dataDir } })).stdout).toContain('春季招生 🎓');
  });

  it('list refuses a folder without Planwright data instead of creating one', async () => {
    const missing = path.join(tempDir(), 'typo');
    const { code, stderr } = await cli(['list', '--data-dir', missing]);
    expect(code).toBe(1);
    expect(stderr).toBe(`No Planwright data in ${missing} (planwright.sqlite not found).\n`);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('list says so when there are no plans, and --json prints the summaries', async () => {
    const work = tempDir();
    createBackend({ dataDir: work, mode: 'test' }).close();
    expect((await cli(['list', '--data-dir', work])).stdout).toBe(`No plans in ${work}.\n`);
    await cli(['import', writePlanFile(work), '--data-dir', work]);
    const json = JSON.parse((await cli(['list', '--data-dir', work, '--json'])).stdout) as { name: string }[];
    expect(json.map((p) => p.name)).toEqual(['春季招生 🎓']);
    expect((await cli(['list', '--data-dir', work, '--trash'])).stdout).toBe(`The trash in ${work} is empty.\n`);
  });

  it.each([
    [['import', '--data-dir', '/tmp'], /name the plan file to import/],
    [['import', 'a.mplan', '--data-dir', ''], /--data-dir needs a folder/],
    [['import', 'a.mplan', '--data-dir'], /Option '--data-dir <value>' argument missing/],
    [['list', 'extra'], /unexpected argument "extra"/],
    [['list', '--datadir', '/tmp'], /Unknown option '--datadir'/],
  ])('%j is a usage error', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

const bundle = path.join(root, 'dist/node/cli.cjs');

describe.runIf(fs.existsSync(bundle))('the built command line (node dist/node/cli.cjs)', () => {
  it('validates and imports through a real process, with real exit codes', { timeout: 30_000 }, () => {
    const work = tempDir();
    const good = writePlanFile(work);
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bundle, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, PLANWRIGHT_DATA_DIR: '' } });

    const valid = run('validate', good);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^valid: 春季招生 🎓 \(2 actions/);

    const bad = writePlanFile(work, fullPlan(), (f) => (f.format = 'other'));
    const refused = run('validate', bad);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('format: not a Planwright plan file: format is not “planwright-plan”\n');

    const imported = run('import', good, '--data-dir', 'data');
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(run('list', '--data-dir', 'data').stdout).toContain('春季招生 🎓');

    expect(run('nope').status).toBe(2);
  });
});
