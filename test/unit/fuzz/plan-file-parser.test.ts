// Property tests of the plan-file reader (fast-check): any text, any bytes, and valid files with
// one value replaced or the text cut short are read without throwing; every refusal lists its
// problems; whatever is accepted is a valid plan that writes back to the same file.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Plan } from '../../../shared/domain';
import { decodePlanFileBytes, parsePlanFile, serializePlanFile } from '../../../shared/file-format';
import { fullPlan } from '../helpers/full-plan';
import { editLeaves, stringLeaves } from '../helpers/text-leaves';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS } from './fuzz-runs';

let cases = 0;
afterAll(() => console.info(`fuzz: ${cases} plan-file cases`));

const META = { app: { name: 'Planwright', version: 'fuzz' }, exportedAt: '2026-12-01T00:00:00.000Z' };
const plan = fullPlan();
const text = serializePlanFile(plan, META);
const file = JSON.parse(text) as Record<string, unknown>;
const leaves = stringLeaves(file).map((l) => l.path);

function checkParsed(input: string): void {
  cases += 1;
  const parsed = parsePlanFile(input);
  if (parsed.ok) {
    expect(Plan.safeParse(parsed.file.plan).success).toBe(true);
    // What is accepted writes back and reads again as the same plan.
    const again = parsePlanFile(serializePlanFile(parsed.file.plan, META));
    expect(again.ok && again.file.plan).toEqual(parsed.file.plan);
  } else {
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const p of parsed.problems) expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
  }
}

describe('the plan-file reader under fuzzing', () => {
  it(
    'reads any text without throwing',
    () => {
      fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.constantFrom('', '{', '[]', 'null', '\ufeff{}')), checkParsed), {
        numRuns: FUZZ_RUNS,
      });
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads any bytes without throwing: UTF-8 or a clear refusal',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
          cases += 1;
          const decoded = decodePlanFileBytes(bytes);
          if (decoded.ok) checkParsed(decoded.text);
          else expect(decoded.message).toMatch(/UTF-8|UTF-16/);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads a valid file with any one value replaced by anything',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.jsonValue(), (leaf, value) => {
          const mutated = editLeaves(file, [leaves[leaf % leaves.length]!], () => value as string);
          checkParsed(JSON.stringify(mutated));
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads a valid file cut short anywhere, or with a character changed',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: text.length }), fc.string({ unit: 'binary', maxLength: 2 }), (at, insert) => {
          checkParsed(text.slice(0, at));
          checkParsed(text.slice(0, at) + insert + text.slice(at + 1));
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
