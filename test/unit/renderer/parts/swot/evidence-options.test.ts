import { describe, expect, it } from 'vitest';
import {
  clipLabel,
  evidenceGroups,
  evidenceValue,
  findEvidence,
  parseEvidenceValue,
  type SituationRows,
} from '../../../../../renderer/src/parts/swot/evidence-options';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const labels = { force: (f: string) => `F:${f}`, tier: (t: string) => `T:${t}`, untitled: 'Untitled' };

const rows: SituationRows = {
  segments: [{ id: id(1), name: 'Working parents', size: null, growthPct: null, needs: '' }],
  products: [],
  competitors: [
    { id: id(2), name: 'CodeFuture', sharePct: null, strategy: '', objectives: '', strengths: '', weaknesses: '', likelyReaction: '' },
    { id: id(3), name: '  ', sharePct: null, strategy: '', objectives: '', strengths: '', weaknesses: '', likelyReaction: '' },
  ],
  channels: [],
  macroForces: [
    { id: id(4), force: 'technological', finding: 'AI in the\nschool curriculum', effect: 'opportunity' },
    { id: id(5), force: 'demographic', finding: '', effect: null },
  ],
  customerTiers: [
    { id: id(6), tier: 'opinionLeader', name: '', customers: null, recencyDays: null, frequency: null, monetary: null, notes: '' },
    { id: id(7), tier: 'keyAccount', name: 'Schools', customers: null, recencyDays: null, frequency: null, monetary: null, notes: '' },
  ],
};

describe('evidenceGroups', () => {
  it('groups the situation rows by table in part order, leaving out empty tables', () => {
    const groups = evidenceGroups(rows, labels);
    expect(groups.map((g) => [g.kind, g.collection])).toEqual([
      ['segment', 'segments'],
      ['competitor', 'competitors'],
      ['macroForce', 'macroForces'],
      ['customerTier', 'customerTiers'],
    ]);
  });

  it('names each row as its table does: name, force and finding, tier when unnamed', () => {
    const labelsOf = evidenceGroups(rows, labels).flatMap((g) => g.options.map((o) => o.label));
    expect(labelsOf).toEqual([
      'Working parents',
      'CodeFuture',
      'Untitled',
      'F:technological: AI in the school curriculum',
      'F:demographic',
      'T:opinionLeader',
      'Schools',
    ]);
  });

  it('finds the option evidence points at, and nothing for a row that is gone', () => {
    const groups = evidenceGroups(rows, labels);
    expect(findEvidence(groups, { kind: 'competitor', id: id(2) })?.label).toBe('CodeFuture');
    expect(findEvidence(groups, { kind: 'segment', id: id(2) })).toBeNull();
  });
});

describe('evidence values', () => {
  it('round-trips through the select value', () => {
    const evidence = { kind: 'macroForce' as const, id: id(4) };
    expect(evidenceValue(evidence)).toBe(`macroForce:${id(4)}`);
    expect(parseEvidenceValue(evidenceValue(evidence))).toEqual(evidence);
    expect(evidenceValue(null)).toBe('');
    expect(parseEvidenceValue('')).toBeNull();
    expect(parseEvidenceValue(`planet:${id(1)}`)).toBeNull();
    expect(parseEvidenceValue('segment:')).toBeNull();
  });
});

describe('clipLabel', () => {
  it('folds whitespace and cuts long text at a word', () => {
    expect(clipLabel('  a\n b  ')).toBe('a b');
    const long = 'word '.repeat(40);
    const clipped = clipLabel(long, 30);
    expect(clipped.length).toBeLessThanOrEqual(30);
    expect(clipped.endsWith('word…')).toBe(true);
    expect(clipLabel('x'.repeat(50), 20)).toBe(`${'x'.repeat(19)}…`);
  });
});
