import { describe, expect, it } from 'vitest';
import { newId, type Plan } from '../../../../shared/domain';
import {
  fileMessage,
  MAX_LISTED_PROBLEMS,
  MAX_PLAN_FILE_BYTES,
  parsePlanFile,
  PLAN_FILE_FORMAT,
  serializePlanFile,
  type ParsedPlanFile,
} from '../../../../shared/file-format';
import { fullPlan } from '../../helpers/full-plan';

const APP = { name: 'Planwright', version: '1.2.3' };
const AT = '2027-01-05T09:30:00.000Z';

/** The text of a file holding `plan`, after `edit` has had its way with the parsed JSON. */
function fileText(plan: Plan = fullPlan(), edit: (file: Record<string, any>) => void = () => {}): string {
  const file = JSON.parse(serializePlanFile(plan, { app: APP, exportedAt: AT }));
  edit(file);
  return JSON.stringify(file, null, 2);
}

function problems(result: ParsedPlanFile): string[] {
  if (result.ok) expect.fail('the file was accepted');
  return result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

describe('a valid file', () => {
  it('gives back exactly the plan that was written, and says which app wrote it', () => {
    const plan = fullPlan();
    const text = serializePlanFile(plan, { app: APP, exportedAt: AT });
    const result = parsePlanFile(text);
    if (!result.ok) expect.fail(JSON.stringify(result.problems));
    expect(result.file.plan).toEqual(plan);
    // The full plan holds actuals: version 3 (actuals-version.test.ts has the rest).
    expect(result.file).toMatchObject({ format: PLAN_FILE_FORMAT, version: 3, exportedAt: AT, app: APP });
  });

  it('is indented JSON with the format fields first, ending in a newline', () => {
    const plan = fullPlan();
    plan.collections.actualSales = [];
    plan.collections.actualSpend = [];
    plan.collections.actionResults = [];
    plan.collections.scenarios = [];
    plan.collections.scenarioOverrides = [];
    const text = serializePlanFile(plan, { app: APP, exportedAt: AT });
    expect(text.startsWith('{\n  "format": "planwright-plan",\n  "version": 1,\n  "exportedAt": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('may start with a byte-order mark, as Windows editors write it', () => {
    expect(parsePlanFile(`\uFEFF${fileText()}`).ok).toBe(true);
  });
});

describe('a file that is not JSON', () => {
  it('names the line and column where a truncated file ends', () => {
    const text = fileText();
    const cut = text.slice(0, text.indexOf('"collections"') + 5);
    const lines = cut.split('\n');
    expect(problems(parsePlanFile(cut))).toEqual([
      `not valid JSON at line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}: a string is not closed`,
    ]);
    const atBrace = text.slice(0, text.lastIndexOf('}'));
    expect(problems(parsePlanFile(atBrace))[0]).toMatch(/^not valid JSON at line \d+, column \d+: the file ends too early$/);
  });

  it('names a stray character with its position', () => {
    expect(problems(parsePlanFile('{\n  "format": "planwright-plan",\n  "version": 1,,\n}'))).toEqual([
      'not valid JSON at line 3, column 16: expected a property name in double quotes',
    ]);
  });

  it.each([
    ['', 'the file is empty'],
    ['   \n', 'the file is empty'],
    ['[]', 'not a Planwright plan file: the file holds no JSON object'],
    ['null', 'not a Planwright plan file: the file holds no JSON object'],
    ['"planwright-plan"', 'not a Planwright plan file: the file holds no JSON object'],
  ])('refuses %j', (text, message) => {
    expect(problems(parsePlanFile(text))).toEqual([message]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const huge = `{"format":"planwright-plan","pad":"${'x'.repeat(MAX_PLAN_FILE_BYTES)}"}`;
    expect(problems(parsePlanFile(huge))).toEqual(['the file is larger than 32 MB']);
  });

  it('counts the limit in UTF-8 bytes, as the command line and the app count a file', () => {
    // 12 M Chinese characters are 36 MB of UTF-8: over the limit though fewer characters than it.
    const chinese = `{"format":"planwright-plan","pad":"${'计'.repeat(12 * 1024 * 1024)}"}`;
    expect(chinese.length).toBeLessThan(MAX_PLAN_FILE_BYTES);
    expect(problems(parsePlanFile(chinese))).toEqual(['the file is larger than 32 MB']);
  });
});

describe('a file of another kind or version', () => {
  it('refuses an unknown format', () => {
    expect(problems(parsePlanFile(fileText(undefined, (f) => (f.format = 'excel-export'))))).toEqual([
      'format: not a Planwright plan file: format is not “planwright-plan”',
    ]);
    expect(problems(parsePlanFile(JSON.stringify({ name: 'a package.json' })))).toEqual([
      'format: not a Planwright plan file: format is not “planwright-plan”',
    ]);
  });

  it('refuses a newer version, saying that a newer Planwright made it', () => {
    expect(problems(parsePlanFile(fileText(undefined, (f) => (f.version = 99))))).toEqual([
      'version: made by a newer Planwright (format version 99); this app reads version 3. Update Planwright to open it',
    ]);
  });

  it.each([
    [0, 'format version 0 does not exist'],
    [1.5, 'format version 1.5 does not exist'],
    ['one', 'format version one does not exist'],
    [null, 'format version null does not exist'],
  ])('refuses version %j', (version, start) => {
    expect(problems(parsePlanFile(fileText(undefined, (f) => (f.version = version))))[0]).toBe(`version: ${start}; this app reads version 1`);
  });

  it('says a version written as text is written as text (it once read "version 1 does not exist; this app reads version 1")', () => {
    expect(problems(parsePlanFile(fileText(undefined, (f) => (f.version = '1'))))).toEqual([
      'version: the format version is written as text ("1"); it must be the number 1, without quotes',
    ]);
  });

  it('refuses a file without a version', () => {
    expect(problems(parsePlanFile(fileText(undefined, (f) => delete f.version)))).toEqual([
      'version: the file does not say which version of the format it uses',
    ]);
  });
});

describe('a plan file with bad contents', () => {
  it('names each wrong value by its path in the plan', () => {
    const text = fileText(undefined, (f) => {
      f.plan.meta.name = 42;
      f.plan.collections.actions[1].cost = '12.50';
      f.plan.fields.budget.marketingBudget = 10.5;
      f.plan.collections.kpis[0].periods[0].period = 'March';
      f.app.version = '';
    });
    const listed = problems(parsePlanFile(text));
    expect(listed).toHaveLength(5);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^meta\.name: /),
        expect.stringMatching(/^actions\[1\]\.cost: /),
        'budget.marketingBudget: must be a whole number of minor units (cents)',
        'kpis[0].periods[0].period: must be a month (YYYY-MM) or a quarter (YYYY-Qn)',
        expect.stringMatching(/^app\.version: /),
      ]),
    );
  });

  it('refuses an action that ends before it starts, at actions[i].end', () => {
    const text = fileText(undefined, (f) => {
      f.plan.collections.actions[0].start = '2027-03-10';
      f.plan.collections.actions[0].end = '2027-03-01';
    });
    expect(problems(parsePlanFile(text))).toEqual(['actions[0].end: before start']);
  });

  it('refuses a 10 MB string without repeating it in the message', () => {
    const text = fileText(undefined, (f) => (f.plan.collections.competitors[0].strategy = 'x'.repeat(10 * 1024 * 1024)));
    const result = parsePlanFile(text);
    expect(problems(result)).toEqual(['competitors[0].strategy: must be at most 2000 characters']);
    expect(JSON.stringify(result).length).toBeLessThan(500);
  });

  it('refuses an unknown field instead of dropping it', () => {
    const text = fileText(undefined, (f) => (f.plan.collections.segments[0].colour = 'blue'));
    expect(problems(parsePlanFile(text))).toEqual([expect.stringMatching(/^segments\[0\]: .*colour/)]);
  });

  it('refuses a link to a row that does not exist', () => {
    const text = fileText(undefined, (f) => {
      f.plan.collections.kpis[0].objectiveId = newId();
      f.plan.collections.actions[1].dependsOn = [newId()];
      f.plan.collections.swotItems[0].evidence.id = newId();
    });
    expect(problems(parsePlanFile(text)).sort()).toEqual([
      'actions[1].dependsOn[0]: links to a missing row of actions',
      'kpis[0].objectiveId: links to a missing row of objectives',
      'swotItems[0].evidence.id: links to a missing row of competitors',
    ]);
  });

  it('refuses an id used twice', () => {
    const text = fileText(undefined, (f) => {
      f.plan.collections.budgetLines[0].id = f.plan.collections.actions[0].id;
      f.plan.collections.actualSpend[1].budgetLineId = f.plan.collections.actions[0].id;
    });
    expect(problems(parsePlanFile(text))).toEqual(['budgetLines[0].id: this id is used twice']);
  });

  it('refuses actions that wait for each other in a loop', () => {
    const text = fileText(undefined, (f) => {
      const [a, b] = f.plan.collections.actions;
      a.dependsOn = [b.id];
    });
    expect(problems(parsePlanFile(text))).toEqual(['actions[1].dependsOn[0]: makes a loop']);
  });

  it('finds a loop through a long chain without overflowing the stack', () => {
    const plan = fullPlan();
    const template = plan.collections.actions[0]!;
    const chain = Array.from({ length: 2000 }, () => ({ ...template, id: newId(), dependsOn: [] as string[] }));
    chain.forEach((action, i) => (action.dependsOn = [chain[(i + 1) % chain.length]!.id]));
    plan.collections.actions = chain;
    plan.collections.actualSpend = [];
    plan.collections.actionResults = [];
    const listed = problems(parsePlanFile(serializePlanFile(plan, { app: APP, exportedAt: AT })));
    expect(listed).toEqual([expect.stringMatching(/^actions\[\d+\]\.dependsOn\[0\]: makes a loop$/)]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems and says how many more there are`, () => {
    const text = fileText(undefined, (f) => {
      f.plan.collections.segments = Array.from({ length: 130 }, () => ({ id: 'not-an-id', name: 'S', size: null, growthPct: null, needs: '' }));
    });
    const listed = problems(parsePlanFile(text));
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(listed[0]).toBe('segments[0].id: must be an id (UUID)');
    expect(listed[MAX_LISTED_PROBLEMS]).toBe(fileMessage('moreProblems', { count: 30 }));
  });
});
