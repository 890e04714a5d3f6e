import type { Plan } from '../domain';
import type { Translate } from '../i18n/translate';
import { attachedPlaybookStatus } from '../logic/playbooks';
import { pick } from '../playbooks/schema';
import { headingNumber } from './numbering';
import type { ReportOptions } from './options';
import type { Block, ReportPart } from './types';

/**
 * "Methods used": each playbook the plan follows, its steps, where each lands and whether the
 * plan covers it (derived now, as on screen). None when the plan follows no playbook the app knows.
 */
export function methodsPart(plan: Plan, options: ReportOptions, t: Translate, partNumber: number): ReportPart | null {
  const statuses = attachedPlaybookStatus(plan, plan.meta.playbookIds);
  if (statuses.length === 0) return null;
  const M = (key: string, params?: Record<string, string | number>) => t(`report.methods.${key}`, params);
  const title = M('title');
  const { number, label } = headingNumber(options.language, [partNumber], title);
  const blocks: Block[] = [{ kind: 'paragraph', text: M('intro'), style: 'body' }];
  statuses.forEach((status, i) => {
    const name = pick(status.playbook.title, options.language);
    const heading = headingNumber(options.language, [partNumber, i + 1], name);
    blocks.push({ kind: 'heading', level: 2, number: heading.number, text: name, label: heading.label, anchor: `methods-${status.playbook.id}` });
    blocks.push({
      kind: 'table',
      id: `methods-${status.playbook.id}`,
      caption: null,
      columns: [
        { header: M('step'), align: 'left', width: 3 },
        { header: M('meaning'), align: 'left', width: 5 },
        { header: M('landsIn'), align: 'left', width: 2 },
        { header: M('status'), align: 'left', width: 1.4 },
      ],
      rows: status.steps.map(({ step, covered }) => [
        { text: pick(step.title, options.language), bold: true },
        { text: pick(step.meaning, options.language) },
        { text: t(`parts.${step.lands.part}`) },
        { text: covered ? M('covered') : M('open'), tone: covered ? 'good' : 'warn' },
      ]),
      footer: [],
      note: M('summary', { covered: status.covered, total: status.steps.length }),
    });
  });
  return { key: 'methods', title, empty: false, heading: { kind: 'heading', level: 1, number, text: title, label, anchor: 'part-methods' }, blocks };
}
