import { describe, expect, it } from 'vitest';
import { actionTimelineChart, chartDescription, chartPalette, TIMELINE_MAX_ROWS, timelineActions, timelineHeight } from '../../../../shared/charts';
import { action, chartContext, chartPlan } from './chart-fixtures';

type Custom = { type: string; name: string; data: number[][]; itemStyle: { color: string } };
const seriesOf = (option: { series?: unknown }) => option.series as Custom[];
const rowsOf = (option: { yAxis?: unknown }) => (option.yAxis as { data: string[] }).data;
const monthsOf = (option: { xAxis?: unknown }) => (option.xAxis as { data?: string[] }[])[1]!.data!;

const en = chartContext('en');

describe('actionTimelineChart', () => {
  const actions = chartPlan('en').collections.actions;

  it('has one row per dated action, ordered by start, and leaves undated ones out', () => {
    const option = actionTimelineChart(actions, en);
    expect(rowsOf(option)).toEqual([
      'New course package',
      'Spring open day',
      'Referral programme',
      'Partner kindergartens',
      'WeChat community ads',
      'Summer camp',
      'Autumn price offer',
    ]);
    expect(timelineActions(actions)).toHaveLength(7);
  });

  it('spans the months from the first start to the last end, or the given plan months', () => {
    expect(monthsOf(actionTimelineChart(actions, en))).toEqual([
      'Jan 27',
      'Feb 27',
      'Mar 27',
      'Apr 27',
      'May 27',
      'Jun 27',
      'Jul 27',
      'Aug 27',
      'Sep 27',
      'Oct 27',
      'Nov 27',
      'Dec 27',
    ]);
    const short = [action('Launch', '2027-03-10', '2027-04-05')];
    expect(monthsOf(actionTimelineChart(short, en))).toEqual(['Mar 27', 'Apr 27']);
    expect(monthsOf(actionTimelineChart(short, en, { months: ['2027-01', '2027-06'] }))).toHaveLength(6);
    expect(monthsOf(actionTimelineChart(short, chartContext('zh-CN')))).toEqual(['2027年3月', '2027年4月']);
  });

  it('draws each bar from its first to its last day, in months', () => {
    const option = actionTimelineChart([action('Launch', '2027-03-11', '2027-04-15'), action('Deadline', null, '2027-03-31')], en);
    const [planned] = seriesOf(option);
    expect(planned!.data[0]).toEqual([0, 10 / 31, 1 + 15 / 30]);
    // One date only: a one-day bar on that day.
    expect(planned!.data[1]).toEqual([1, 30 / 31, 1]);
  });

  it('colours bars by status, one series per status present, or by mix element', () => {
    const byStatus = seriesOf(actionTimelineChart(actions, en));
    expect(byStatus.map((s) => s.name)).toEqual(['Planned', 'In progress', 'Done', 'Cancelled']);
    expect(byStatus.map((s) => s.itemStyle.color)).toEqual(
      ['planned', 'inProgress', 'done', 'cancelled'].map((k) => chartPalette('light').actionStatus[k as 'done']),
    );
    const done = byStatus.find((s) => s.name === 'Done')!;
    expect(done.data.map((d) => rowsOf(actionTimelineChart(actions, en))[d[0]!])).toEqual(['New course package', 'Spring open day']);

    const byMix = seriesOf(actionTimelineChart(actions, chartContext('zh-CN', 'dark'), { colourBy: 'mixElement' }));
    expect(byMix.map((s) => s.name)).toEqual(['产品', '价格', '渠道', '促销', '未分配']);
    expect(byMix[0]!.itemStyle.color).toBe(chartPalette('dark').mix.product);
  });

  it(`shows at most ${TIMELINE_MAX_ROWS} rows and counts the rest under the chart`, () => {
    const many = Array.from({ length: 45 }, (_, i) => action(`Action ${i + 1}`, `2027-01-${String((i % 28) + 1).padStart(2, '0')}`, '2027-02-01'));
    const option = actionTimelineChart(many, en);
    expect(rowsOf(option)).toHaveLength(TIMELINE_MAX_ROWS);
    expect(option.title).toMatchObject({ show: true, subtext: '5 more actions are not shown.' });
    expect(chartDescription(option)).toContain('the first 40 of 45: 40 planned');
    expect(actionTimelineChart(many, chartContext('zh-CN'), { maxRows: 10 }).title).toMatchObject({ subtext: '另有 35 项行动未显示。' });
    expect(actionTimelineChart(many.slice(0, 40), en).title).toEqual({ show: false });
  });

  it('sizes the chart by its rows, capped', () => {
    expect(timelineHeight(10)).toBeGreaterThan(timelineHeight(5));
    expect(timelineHeight(10) - timelineHeight(9)).toBe(timelineHeight(9) - timelineHeight(8));
    expect(timelineHeight(0)).toBe(timelineHeight(1));
    expect(timelineHeight(500)).toBe(timelineHeight(41));
    expect(timelineHeight(41)).toBeGreaterThan(timelineHeight(40));
  });

  it('escapes action titles in its tooltip and describes the statuses', () => {
    const option = actionTimelineChart([action('<img src=x onerror=alert(1)>', '2027-01-01', '2027-01-31', { cost: 123_456 })], en);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter({ value: [0, 0, 1], seriesName: 'Planned', marker: '' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
    expect(html).toContain('CN¥1,234.56');
    expect(html).toMatch(/Jan 1\s–\s31, 2027/);
    expect(chartDescription(option)).toBe('Timeline of the actions from Jan 27 to Jan 27, 1 in all: 1 planned.');
    expect(chartDescription(actionTimelineChart([], en))).toBe('No data yet.');
  });
});
