import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../../../shared/domain';
import { planFileJsonSchema, planFileJsonSchemaText } from '../../../../shared/file-format';

const root = path.resolve(import.meta.dirname, '../../../..');
const committed = path.join(root, 'docs/plan.schema.json');

describe('docs/plan.schema.json', () => {
  it('is what `npm run schema` makes from the current schemas (run it after changing the plan)', () => {
    expect(fs.readFileSync(committed, 'utf8'), 'docs/plan.schema.json is stale: run `npm run schema`').toBe(planFileJsonSchemaText());
  });

  it('describes the whole file: format, version, exportedAt, app and the plan', () => {
    const schema = planFileJsonSchema() as {
      $schema: string;
      properties: Record<string, { const?: unknown; $ref?: string; anyOf?: { const: unknown }[] }>;
      required: string[];
      additionalProperties: boolean;
      $defs: Record<string, { properties?: Record<string, any>; required?: string[] }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required.sort()).toEqual(['app', 'exportedAt', 'format', 'plan', 'version']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.format!.const).toBe('planwright-plan');
    // 1, or 2 for a file that carries the plan's saved versions.
    expect(schema.properties.version!.anyOf!.map((v) => v.const)).toEqual([1, 2, 3]);
    const plan = schema.$defs.Plan!;
    expect(plan.required!.sort()).toEqual(['collections', 'fields', 'meta']);
    expect(Object.keys(plan.properties!.collections.properties).sort()).toEqual([...COLLECTION_NAMES].sort());
    expect(schema.$defs.Money).toMatchObject({ type: 'integer' });
    expect(schema.$defs.Action!.properties!.end).toBeDefined();
  });
});
