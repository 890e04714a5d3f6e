// Property tests of the command boundary (fast-check): whatever arrives — any JSON-like value,
// hostile keys, a valid request with one value replaced by anything — dispatch answers a Result,
// never throws, and a refusal changes nothing.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../shared/contracts';
import { ASYNC_COMMANDS } from '../../../electron/core/backend';
import { testBackend } from '../helpers/backend';
import { fullPlan } from '../helpers/full-plan';
import { serializePlanFile } from '../../../shared/file-format';
import { editLeaves, stringLeaves } from '../helpers/text-leaves';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS } from './fuzz-runs';
import { findBadCharacter, LIMITS } from '../../../shared/domain';

const ASYNC = new Set<string>(ASYNC_COMMANDS);
let cases = 0;
afterAll(() => console.info(`fuzz: ${cases} command-boundary cases`));

/** Values a hostile or broken client could send, hostile keys and odd numbers included. */
const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      null,
      true,
      false,
      0,
      -0,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
      1e15 + 1,
      2 ** 53,
      '',
      '\u0000',
      '\ud800',
      '__proto__',
      'constructor',
      '2027-02-30',
      '1e400',
    ),
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'planId', 'row', 'name')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

function snapshot(b: ReturnType<typeof testBackend>): string {
  const live = b.call('plans.list', {});
  const trashed = b.call('plans.list', { trashed: true });
  return JSON.stringify({
    live,
    trashed,
    plans: [...live, ...trashed].map((p) => b.call('plans.get', { planId: p.id })),
    settings: b.call('settings.get', {}),
  });
}

/** A backend holding a full plan (each test gets its own: the helper closes them after each test). */
function setup() {
  const b = testBackend();
  b.call('plans.importFile', {
    content: serializePlanFile(plan, { app: { name: 'Planwright', version: 'fuzz' }, exportedAt: '2026-12-01T00:00:00.000Z' }),
  });
  return b;
}
const plan = fullPlan();
const planId = plan.meta.id;
const kpi = plan.collections.kpis[0]!;

describe('the command boundary under fuzzing', () => {
  const validRequests = [
    ['rows.upsert', { planId, collection: 'kpis', row: kpi }],
    ['rows.upsert', { planId, collection: 'actions', row: plan.collections.actions[1] }],
    [
      'rows.upsertMany',
      {
        planId,
        rows: [
          { collection: 'actions', row: plan.collections.actions[0] },
          { collection: 'kpis', row: kpi },
        ],
      },
    ],
    ['fields.set', { planId, part: 'summary', fields: plan.fields.summary }],
    ['plans.updateMeta', { planId, patch: { name: 'Renamed', periodEnd: '2027-12-31' } }],
    ['plans.create', { name: 'New', client: 'C', currency: 'CNY', language: 'en', periodStart: '2027-01-01', periodEnd: '2027-12-31' }],
    ['settings.set', { theme: 'dark' }],
  ] as const;

  it(
    'answers any command name and any request with a Result, and a refusal changes nothing',
    () => {
      const b = setup();
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...COMMAND_NAMES.filter((n) => !ASYNC.has(n))), fc.string(), hostile), hostile, (name, request) => {
          cases += 1;
          const before = snapshot(b);
          let result: unknown;
          expect(() => (result = b.dispatch(name, request))).not.toThrow();
          expect(result).toMatchObject({ ok: expect.any(Boolean) });
          const r = result as { ok: boolean; error?: { code: string; message: string } };
          if (!r.ok) {
            expect(typeof r.error!.message).toBe('string');
            expect(snapshot(b)).toBe(before);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'refuses a valid request with any one value replaced, or accepts it as valid, never half-written',
    () => {
      const b = setup();
      const requests = validRequests.map(([name, request]) => ({ name, request, leaves: stringLeaves(request).map((l) => l.path) }));
      fc.assert(
        fc.property(fc.nat(), fc.nat(), hostile, (which, leaf, replacement) => {
          cases += 1;
          const { name, request, leaves } = requests[which % requests.length]!;
          const path = leaves[leaf % leaves.length]!;
          const mutated = editLeaves(request as object, [path], () => replacement as string);
          const before = snapshot(b);
          const result = b.dispatch(name, mutated) as { ok: boolean };
          expect(result).toMatchObject({ ok: expect.any(Boolean) });
          if (!result.ok) expect(snapshot(b)).toBe(before);
          // Whatever was accepted reads back as a valid plan.
          for (const p of b.call('plans.list', {})) b.call('plans.get', { planId: p.id });
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'stores any text a field accepts exactly, and refuses exactly what the rules refuse, with the field’s path',
    () => {
      const b = setup();
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 60 }),
            fc.string({ unit: 'grapheme', maxLength: 60 }),
            fc.string({ unit: fc.constantFrom('a', ' ', '\u000b', '\ud800', '\udc00', '😀', '\ufffe', '\t'), maxLength: 12 }),
          ),
          (text) => {
            cases += 1;
            const result = b.dispatch('rows.upsert', { planId, collection: 'kpis', row: { ...kpi, unit: text } }) as {
              ok: boolean;
              error?: { issues?: { path: string }[] };
            };
            const trimmed = text.trim();
            expect(result.ok, JSON.stringify(text)).toBe(findBadCharacter(trimmed) === null && trimmed.length <= LIMITS.shortText);
            if (result.ok) expect(b.call('plans.get', { planId }).collections.kpis.find((k) => k.id === kpi.id)!.unit).toBe(trimmed);
            else expect(result.error!.issues!.map((i) => i.path)).toEqual(['row.unit']);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
