import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTION_NAMES, COLLECTIONS, FIELDS_PART_KEYS, PlanFields, PlanMeta } from '../../../../shared/domain';
import { parsePlanFile } from '../../../../shared/file-format';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../docs/plan-format.md'), 'utf8');

/** The JSON blocks marked `<!-- example: NAME -->`, by name. */
const examples = new Map(
  [...doc.matchAll(/<!-- example: ([\w.]+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, JSON.parse(m[2]!) as unknown]),
);

function schemaOf(name: string): z.ZodType {
  if (name === 'meta') return PlanMeta;
  const [group, key] = name.split('.') as [string, string];
  if (group === 'fields') return PlanFields.shape[key as (typeof FIELDS_PART_KEYS)[number]];
  return z.array(COLLECTIONS[key as (typeof COLLECTION_NAMES)[number]].row);
}

describe('docs/plan-format.md', () => {
  it('shows an example of every part: the header, each part’s fields, each list', () => {
    const expected = ['file', 'meta', ...FIELDS_PART_KEYS.map((k) => `fields.${k}`), ...COLLECTION_NAMES.map((n) => `collections.${n}`)];
    expect([...examples.keys()].sort()).toEqual(expected.sort());
  });

  it('its complete file example is a valid plan file', () => {
    const parsed = parsePlanFile(JSON.stringify(examples.get('file')));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it.each([...examples.keys()].filter((name) => name !== 'file'))('the %s example is valid', (name) => {
    const result = schemaOf(name).safeParse(examples.get(name));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('its examples together make a valid plan, every link pointing at a row shown', () => {
    const file = structuredClone(examples.get('file')) as { plan: Record<string, any> };
    file.plan.meta = examples.get('meta');
    for (const part of FIELDS_PART_KEYS) file.plan.fields[part] = examples.get(`fields.${part}`);
    for (const name of COLLECTION_NAMES) file.plan.collections[name] = examples.get(`collections.${name}`);
    // The examples hold actual sales and spend, which only a version 3 file carries.
    (file as unknown as { version: number }).version = 3;
    const parsed = parsePlanFile(JSON.stringify(file));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
});
