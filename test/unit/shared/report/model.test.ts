import { describe, expect, it } from 'vitest';
import { PART_KEYS } from '../../../../shared/domain';
import { createTranslate } from '../../../../shared/i18n/translate';
import type { Block, ChartBlock, HeadingBlock, MatrixBlock } from '../../../../shared/report/types';
import { emptyPlan, modelOf, reportPlan, RICH_SUMMARY, tableById, tableTexts } from './report-fixtures';

const en = createTranslate('en');
const zh = createTranslate('zh-CN');

function blocksOf(model: ReturnType<typeof modelOf>, kind: Block['kind']): Block[] {
  return model.parts.flatMap((p) => p.blocks.filter((b) => b.kind === kind));
}

describe('buildReport on a full plan', () => {
  const model = modelOf(reportPlan());

  it('has the cover, contents and the eight parts in order, numbered 1 to 8', () => {
    expect(model.cover).toMatchObject({ kind: 'Marketing plan', title: 'Spring enrolment 2027' });
    expect(model.cover.lines.map((l) => l.label)).toEqual(['Prepared for', 'Prepared by', 'Plan period', 'Version', 'Date']);
    expect(model.cover.lines.find((l) => l.label === 'Prepared for')!.value).toBe('Bright Minds');
    expect(model.cover.lines.find((l) => l.label === 'Date')!.value).toBe('Nov 20, 2026');
    expect(model.contentsTitle).toBe('Contents');
    expect(model.parts.map((p) => p.key)).toEqual([...PART_KEYS]);
    expect(model.parts.map((p) => p.heading.label)).toEqual(PART_KEYS.map((k, i) => `${i + 1}\u2003${en(`parts.${k}`)}`));
    expect(model.parts.every((p) => !p.empty)).toBe(true);
  });

  it('numbers sections and subsections under their part', () => {
    const situation = model.parts.find((p) => p.key === 'situation')!;
    const headings = situation.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
    expect(headings.slice(0, 3).map((h) => [h.level, h.number, h.text])).toEqual([
      [2, '2.1', 'Market'],
      [3, '2.1.1', 'Segments'],
      [2, '2.2', 'Product'],
    ]);
    const anchors = model.parts.flatMap((p) => [p.heading, ...p.blocks.filter((b): b is HeadingBlock => b.kind === 'heading')]).map((h) => h.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('carries the narrative over as the same rich text', () => {
    const summary = model.parts[0]!;
    expect(summary.blocks[0]).toEqual({ kind: 'richText', doc: RICH_SUMMARY });
  });

  it('fills every table of the plan, numbers formatted for the locale', () => {
    expect(tableTexts(tableById(model, 'segments'))).toEqual(
      expect.arrayContaining(['Working parents', '52,000', '4.2%', 'Reliable after-school care']),
    );
    expect(tableTexts(tableById(model, 'products'))).toEqual(
      expect.arrayContaining(['Price (CNY)', 'Weekend maths class', '3,600.00', '42.5%', 'Growth']),
    );
    const competitors = tableById(model, 'competitors');
    expect(competitors.columns.map((c) => c.header)).toEqual(['', 'Star Tutors']);
    expect(tableTexts(competitors)).toEqual(expect.arrayContaining(['Share', '31%', 'Low price', 'Large classes', 'Price cut']));
    expect(tableTexts(tableById(model, 'channels'))).toEqual(expect.arrayContaining(['WeChat groups', '45%', 'Rising']));
    expect(tableTexts(tableById(model, 'macro-forces'))).toEqual(
      expect.arrayContaining(['Demographic', 'More children of school age', 'Opportunity']),
    );
    expect(tableTexts(tableById(model, 'customer-tiers'))).toEqual(
      expect.arrayContaining(['Opinion leaders', 'Parent committee members', '12,000.00']),
    );
    expect(tableTexts(tableById(model, 'swot-evidence'))).toEqual(
      expect.arrayContaining(['S1', 'Small classes', 'Star Tutors', 'T1', 'Demographic: More children of school age']),
    );
    expect(tableTexts(tableById(model, 'tows'))).toEqual(
      expect.arrayContaining(['ST: use strengths to counter threats', 'Sell quality, not price', 'S1, T1']),
    );
    expect(tableTexts(tableById(model, 'objectives'))).toEqual(
      expect.arrayContaining(['Revenue of 3 m', '2.1', '3', 'm CNY', 'Dec 31, 2027', 'Financial · Revenue · Head']),
    );
    expect(tableTexts(tableById(model, 'issues'))).toEqual(expect.arrayContaining(['Teachers are scarce', '1']));
    expect(tableTexts(tableById(model, 'segment-scores'))).toEqual(expect.arrayContaining(['Working parents', '✓ Yes']));
    const actions = tableById(model, 'actions');
    expect(tableTexts(actions)).toEqual(
      expect.arrayContaining([
        'Open day',
        'Referral programme',
        'Wang · Price · objective 1 · after 1',
        expect.stringMatching(/^Mar 1\s–\s2, 2027$/),
        '8,000.00',
        '16,000.00',
      ]),
    );
    expect(tableTexts(tableById(model, 'forecast-by-product'))).toEqual(expect.arrayContaining(['Weekend maths class', '120', '432,000.00']));
    const monthly = tableById(model, 'monthly-budget');
    expect(monthly.columns.map((c) => c.header)).toEqual(['Month', 'Product', 'Price', 'Place', 'Promotion', 'Total']);
    expect(monthly.rows.map((r) => r[0]!.text)).toEqual(['Feb 2027', 'Mar 2027', 'Apr 2027', 'May 2027', 'Jun 2027']);
    expect(monthly.footer[0]!.map((c) => c.text)).toEqual(['Total', '—', '8,000', '—', '11,000', '19,000']);
    const pnl = tableById(model, 'pnl');
    expect(pnl.rows.find((r) => r[0]!.text === 'Mar 2027')!.map((c) => c.text)).toEqual([
      'Mar 2027',
      '432,000',
      '240,000',
      '192,000',
      expect.any(String),
      expect.any(String),
    ]);
    expect(pnl.footer.map((r) => r[0]!.text)).toEqual(['Total', 'Fixed costs', 'Profit']);
    expect(pnl.footer[2]![5]!.text).toBe('73,000');
    expect(tableTexts(tableById(model, 'kpis'))).toEqual(
      expect.arrayContaining(['Enrolments', 'Annual-plan control · Admissions · objective 1', 'Mar 2027', '40 students', '35 students', 'Off track']),
    );
    expect(tableTexts(tableById(model, 'kpi-periods-1'))).toEqual(
      expect.arrayContaining(['Target (students)', '40', '35', '-5', '-12.5%', 'Off track', 'No data']),
    );
  });

  it('has the SWOT matrix with every item in its quadrant', () => {
    const matrix = blocksOf(model, 'matrix')[0] as MatrixBlock;
    expect(matrix.quadrants.flat().map((q) => [q.title, q.items.map((i) => i.ref)])).toEqual([
      ['Strengths', ['S1']],
      ['Weaknesses', []],
      ['Opportunities', []],
      ['Threats', ['T1']],
    ]);
    expect(matrix.quadrants[1]![1]!.items[0]).toEqual({ ref: 'T1', text: 'Price war', detail: ' (impact 5, likelihood 3)' });
  });

  it('has the five charts of the plan, drawn by the shared chart builders in the print theme', () => {
    const charts = blocksOf(model, 'chart') as ChartBlock[];
    expect(charts.map((c) => c.id)).toEqual(['actionTimeline', 'revenueForecast', 'budgetByMix', 'monthlySpend', 'kpi:1']);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(0);
      expect(chart.height).toBeGreaterThan(0);
      expect(chart.summary.length).toBeGreaterThan(10);
      expect((chart.option as { textStyle: { fontFamily: string } }).textStyle.fontFamily).toContain('Noto Sans CJK SC');
    }
    expect(charts.find((c) => c.id === 'kpi:1')!.caption).toBe('Enrolments: target against actual');
  });

  it('puts the headline figures beside the summary', () => {
    const glance = model.parts[0]!.blocks.find((b) => b.kind === 'keyValue');
    expect(glance).toMatchObject({ kind: 'keyValue', id: 'summary-glance' });
    const rows = glance!.kind === 'keyValue' ? glance!.rows : [];
    expect(rows.find((r) => r.label === 'Forecast revenue')!.value).toBe('CN¥432,000.00');
    expect(rows.find((r) => r.label === 'Top objectives')!.value).toBe('Revenue of 3 m (3 m CNY, Dec 31, 2027)');
  });
});

describe('buildReport options', () => {
  it('renumbers the parts it includes and leaves the others out', () => {
    const model = modelOf(reportPlan(), { parts: ['situation', 'budget'] });
    expect(model.parts.map((p) => [p.key, p.heading.number])).toEqual([
      ['situation', '1'],
      ['budget', '2'],
    ]);
    expect(model.parts[1]!.blocks.find((b) => b.kind === 'heading')).toMatchObject({ number: '2.1' });
  });

  it('writes Chinese numbering, terms and formats in zh-CN', () => {
    const model = modelOf(reportPlan('zh-CN'));
    expect(model.parts.map((p) => p.heading.number)).toEqual([
      '第一部分',
      '第二部分',
      '第三部分',
      '第四部分',
      '第五部分',
      '第六部分',
      '第七部分',
      '第八部分',
    ]);
    expect(model.parts[1]!.heading.label).toBe(`第二部分\u3000${zh('parts.situation')}`);
    const situation = model.parts[1]!.blocks.filter((b): b is HeadingBlock => b.kind === 'heading');
    expect(situation.slice(0, 2).map((h) => h.label)).toEqual(['一、市场', '（一）细分市场']);
    expect(model.cover.kind).toBe('营销计划书');
    expect(model.pageTemplate).toBe('第 {{page}} 页，共 {{pages}} 页');
    expect(tableTexts(tableById(model, 'products'))).toEqual(expect.arrayContaining(['价格（CNY）', '成长期']));
    expect(tableTexts(tableById(model, 'kpis'))).toEqual(expect.arrayContaining(['2027年3月', '落后']));
    expect(model.cover.lines.find((l) => l.label === '日期')!.value).toBe('2026年11月20日');
  });
});

describe('buildReport on an empty plan', () => {
  it('keeps every part heading with a "not yet written" note and nothing else', () => {
    const model = modelOf(emptyPlan());
    expect(model.parts).toHaveLength(8);
    for (const part of model.parts) {
      expect(part.empty).toBe(true);
      expect(part.blocks).toEqual([{ kind: 'paragraph', text: 'This part has not been written yet.', style: 'note' }]);
    }
  });

  it('says so in Chinese too', () => {
    const model = modelOf(emptyPlan('zh-CN'));
    expect(model.parts.every((p) => p.blocks[0]!.kind === 'paragraph' && (p.blocks[0] as { text: string }).text === '此部分尚未撰写。')).toBe(true);
  });
});
