import { describe, expect, it } from 'vitest';
import { richTextFromPlain, type Plan } from '../../../../../shared/domain';
import { createTranslate } from '../../../../../shared/i18n/translate';
import { draftSummary } from '../../../../../shared/logic/summary-draft';
import { cachedDraft } from '../../../../../renderer/src/parts/summary/draft-cache';
import { completePlan } from '../../../shared/logic/plans';

const draftOf = (plan: Plan) => draftSummary(plan, createTranslate(plan.meta.language), plan.meta.language);

describe('cachedDraft', () => {
  it('drafts what draftSummary drafts', () => {
    const plan = completePlan();
    expect(cachedDraft(plan)).toEqual(draftOf(plan));
  });

  it('keeps the draft while only the summary itself or the save stamp changes', () => {
    const plan = completePlan();
    const first = cachedDraft(plan);
    const typed: Plan = {
      ...plan,
      meta: { ...plan.meta, updatedAt: '2031-01-01T00:00:00.000Z' },
      fields: { ...plan.fields, summary: { narrative: richTextFromPlain('Typing…') } },
    };
    expect(cachedDraft(typed)).toBe(first);
  });

  it('drafts again when a part it reads changes', () => {
    const plan = completePlan();
    const first = cachedDraft(plan);
    const statement = 'For busy parents, the one tutor that fits their week.';
    const repositioned: Plan = {
      ...plan,
      fields: { ...plan.fields, strategy: { ...plan.fields.strategy, positioning: { ...plan.fields.strategy.positioning, statement } } },
    };
    const second = cachedDraft(repositioned);
    expect(second).not.toBe(first);
    expect(JSON.stringify(second)).toContain(statement);
    const inChinese: Plan = { ...repositioned, meta: { ...repositioned.meta, language: 'zh-CN' } };
    expect(cachedDraft(inChinese)).toEqual(draftOf(inChinese));
  });
});
