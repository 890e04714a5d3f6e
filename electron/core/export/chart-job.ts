import type { Plan } from '../../../shared/domain';
import type { ReportOptions } from '../../../shared/report/options';

/** What the chart worker is asked: the charts at `indices` of the report of this plan. */
export type ChartJob = { id: number; plan: Plan; options: ReportOptions; now: number; indices: number[] };
/** Its answer: each chart's PNG and its chartKey, so the asker can check it drew the same charts. */
export type ChartJobAnswer = { id: number; ok: true; keys: string[]; pngs: Uint8Array[] } | { id: number; ok: false; message: string };

/** What a chart's formatters close over besides its option: the language and the currency. */
export function chartKeyContext(plan: Pick<Plan, 'meta'>, options: Pick<ReportOptions, 'language'>): string {
  return `${options.language}|${plan.meta.currency}`;
}
