import { describe, expect, it } from 'vitest';
import { COLLECTIONS, LANGUAGES, Plan, type Language } from '../../../../shared/domain';
import { playbookStatus, stepCovered, suggestionRow, suggestionsToInsert, type SuggestedInsert } from '../../../../shared/logic/playbooks';
import { PLAYBOOKS, Playbook } from '../../../../shared/playbooks';
import { buildSample, type SampleName } from '../../../../shared/samples';
import { emptyPlan } from '../logic/plans';

const WORKSHOP_SAMPLES: SampleName[] = ['education', 'infant-formula', 'trade-course', 'social-campaign'];

function apply(plan: Plan, inserts: SuggestedInsert[]): Plan {
  const collections = { ...plan.collections } as Record<string, unknown[]>;
  for (const { collection, row } of inserts) collections[collection] = [...collections[collection]!, row];
  return { ...plan, collections: collections as Plan['collections'] };
}

describe('playbooks as data', () => {
  it('ships the five methods of the domain file with their step counts', () => {
    expect(PLAYBOOKS.map((p) => [p.id, p.steps.length])).toEqual([
      ['social-media', 7],
      ['omnichannel', 6],
      ['micro-marketing', 5],
      ['customer-care', 3],
      ['life-cycle', 5],
    ]);
  });

  it.each(PLAYBOOKS.map((p) => [p.id, p] as const))('%s is a valid playbook', (_id, playbook) => {
    expect(Playbook.safeParse(playbook).error?.issues).toBeUndefined();
  });

  it.each(LANGUAGES.map((l) => [l] as const))('every suggestion is a valid row of its table in %s', (language: Language) => {
    for (const playbook of PLAYBOOKS)
      for (const step of playbook.steps)
        for (const suggestion of step.suggestions) {
          const row = suggestionRow(suggestion, language, crypto.randomUUID());
          const parsed = COLLECTIONS[suggestion.collection].row.safeParse(row);
          expect(parsed.error?.issues, `${playbook.id}/${step.id}`).toBeUndefined();
        }
  });

  it('a suggestion speaks the plan language', () => {
    const step = PLAYBOOKS[0]!.steps[1]!;
    expect(suggestionRow(step.suggestions[0]!, 'en', 'x')['name']).toBe('WeChat official account');
    expect(suggestionRow(step.suggestions[0]!, 'zh-CN', 'x')['name']).toBe('微信公众号');
  });
});

describe('coverage', () => {
  it.each(LANGUAGES.map((l) => [l] as const))(
    'an empty plan covers no step, and each step is covered once its suggestions are in (%s)',
    (language) => {
      const blank = emptyPlan({ language });
      for (const playbook of PLAYBOOKS)
        for (const step of playbook.steps) {
          expect(stepCovered(blank, step), `${playbook.id}/${step.id}`).toBe(false);
          const { inserts } = suggestionsToInsert(blank, step, language, () => crypto.randomUUID());
          expect(stepCovered(apply(blank, inserts), step), `${playbook.id}/${step.id}`).toBe(true);
        }
    },
  );

  it('reads the samples: the education plan covers the micro-marketing rules, not the life cycle stages before churn', () => {
    const plan = buildSample('education', 'zh-CN');
    const micro = playbookStatus(
      plan,
      PLAYBOOKS.find((p) => p.id === 'micro-marketing')!,
    );
    expect(micro.covered).toBe(5);
    const life = playbookStatus(
      plan,
      PLAYBOOKS.find((p) => p.id === 'life-cycle')!,
    );
    expect(life.steps.map((s) => s.covered)).toEqual([false, false, false, false, true]);
  });

  it('a filled positioning statement covers the omnichannel positioning step; an empty one does not', () => {
    const step = PLAYBOOKS.find((p) => p.id === 'omnichannel')!.steps[0]!;
    const plan = emptyPlan();
    expect(stepCovered(plan, step)).toBe(false);
    plan.fields.strategy.positioning.statement = 'For parents who …';
    expect(stepCovered(plan, step)).toBe(true);
  });
});

describe('inserting suggestions', () => {
  it('skips a suggestion whose name is already in the table, whatever its case, and counts it', () => {
    const step = PLAYBOOKS[0]!.steps[1]!; // three channels
    const plan = emptyPlan();
    plan.collections.channels.push({ id: crypto.randomUUID(), name: ' wechat OFFICIAL account ', sharePct: 12, trend: null, conflicts: 'kept' });
    const { inserts, skipped } = suggestionsToInsert(plan, step, 'en', () => crypto.randomUUID());
    expect(skipped).toBe(1);
    expect(inserts.map((i) => i.row['name'])).toEqual(['Douyin short video', 'Xiaohongshu notes']);
    const after = apply(plan, inserts);
    expect(after.collections.channels[0]).toMatchObject({ sharePct: 12, conflicts: 'kept' });
    expect(suggestionsToInsert(after, step, 'en', () => crypto.randomUUID())).toEqual({ inserts: [], skipped: 3 });
  });

  // Each playbook attached to each workshop sample: inserting every suggestion keeps the plan valid.
  for (const playbook of PLAYBOOKS)
    for (const sample of WORKSHOP_SAMPLES)
      it.each(LANGUAGES.map((l) => [l] as const))(
        `${playbook.id} × ${sample} (%s): all suggestions in, the plan is valid and every step covered`,
        (language) => {
          let plan = buildSample(sample, language);
          for (const step of playbook.steps) plan = apply(plan, suggestionsToInsert(plan, step, language, () => crypto.randomUUID()).inserts);
          expect(Plan.safeParse(plan).error?.issues).toBeUndefined();
          expect(playbookStatus(plan, playbook).covered).toBe(playbook.steps.length);
        },
      );
});
