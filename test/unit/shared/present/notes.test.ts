import { describe, expect, it } from 'vitest';
import { NOTES_FINDINGS, presenterNotesView, sameNotes, type NotesInput } from '../../../../shared/present/notes';

const words: NotesInput['words'] = {
  notesTitle: 'Presenter notes',
  partTitle: 'Budget',
  slideLine: (n, total, title) => `Slide ${n} of ${total}: ${title}`,
  health: 'Plan health for this part',
  healthClear: 'No problems or warnings in this part.',
  guidance: 'Guidance for this part',
  more: (count) => `+${count} more`,
  keysHint: '← → move',
};

const finding = (i: number) => ({ severity: (i % 2 ? 'warning' : 'problem') as 'problem' | 'warning', text: `Finding ${i}` });

describe('presenter notes for a slide', () => {
  it('name the slide by its number and title, and its part’s first findings with the count of the rest', () => {
    const view = presenterNotesView({
      lang: 'en',
      slide: { part: 'budget', title: 'Profit and loss' },
      index: 6,
      total: 14,
      findings: [1, 2, 3, 4, 5].map(finding),
      tips: ['Start from the forecast.'],
      words,
    });
    expect(view).toMatchObject({
      part: 'budget',
      title: 'Presenter notes · Budget',
      slide: 'Slide 7 of 14: Profit and loss',
      clear: null,
      more: '+2 more',
    });
    expect(view.findings).toEqual([1, 2, 3].map(finding));
    expect(view.findings).toHaveLength(NOTES_FINDINGS);
    expect(view.tips).toEqual(['Start from the forecast.']);
  });

  it('say the part is clear when it has no findings', () => {
    const view = presenterNotesView({ lang: 'zh-CN', slide: { part: 'swot', title: 'SWOT' }, index: 0, total: 3, findings: [], tips: [], words });
    expect(view).toMatchObject({ lang: 'zh-CN', clear: 'No problems or warnings in this part.', more: null, findings: [] });
  });

  it('are sent again only when they read differently', () => {
    const input = { lang: 'en', slide: { part: 'budget' as const, title: 'P&L' }, index: 2, total: 9, findings: [finding(1)], tips: ['t'], words };
    const a = presenterNotesView(input);
    expect(sameNotes(a, presenterNotesView(input))).toBe(true);
    expect(sameNotes(a, presenterNotesView({ ...input, index: 3 }))).toBe(false);
    expect(sameNotes(a, presenterNotesView({ ...input, findings: [finding(2)] }))).toBe(false);
    expect(sameNotes(null, a)).toBe(false);
  });
});
