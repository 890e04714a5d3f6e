import { COLLECTION_NAMES, type CollectionName, type Plan } from '../../../shared/domain';
import { parsePlanFile } from '../../../shared/file-format';
import { parseCommandArgs } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { problemLines, readPlanFileText } from '../read-plan-file';

const LABELS: Record<CollectionName, [string, string]> = {
  segments: ['segment', 'segments'],
  products: ['product', 'products'],
  competitors: ['competitor', 'competitors'],
  channels: ['channel', 'channels'],
  macroForces: ['macro force', 'macro forces'],
  customerTiers: ['customer tier', 'customer tiers'],
  swotItems: ['SWOT item', 'SWOT items'],
  towsStrategies: ['TOWS strategy', 'TOWS strategies'],
  objectives: ['objective', 'objectives'],
  issues: ['issue', 'issues'],
  segmentScores: ['segment score', 'segment scores'],
  actions: ['action', 'actions'],
  forecastLines: ['forecast line', 'forecast lines'],
  budgetLines: ['budget line', 'budget lines'],
  scenarios: ['scenario', 'scenarios'],
  scenarioOverrides: ['scenario override', 'scenario overrides'],
  kpis: ['KPI', 'KPIs'],
  actualSales: ['actual sale', 'actual sales'],
  actualSpend: ['actual spend', 'actual spends'],
  actionResults: ['action result', 'action results'],
};

/** "2 actions, 1 KPI, …": the rows a plan holds, most telling first, empty lists left out. */
export function describeRows(plan: Plan): string {
  const first: CollectionName[] = ['actions', 'objectives', 'kpis', 'budgetLines', 'forecastLines'];
  const order = [...first, ...COLLECTION_NAMES.filter((n) => !first.includes(n))];
  const parts = order
    .map((name) => [name, plan.collections[name].length] as const)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${LABELS[name][count === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'no rows yet';
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a .mplan plan file, without importing it',
  usage: `Usage: planwright validate <file.mplan>

Checks a plan file exactly as an import would: JSON, format and version, every value, every
link between rows. Prints "valid: NAME (…)" and exits 0, or prints each problem as
"path: message" and exits 1.`,

  run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) return usageError(io, this, parsed.message);
    if (parsed.values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1)
      return usageError(io, this, parsed.positionals.length === 0 ? 'name the plan file to check' : 'check one file at a time');
    const file = parsed.positionals[0]!;
    const read = readPlanFileText(file, io.cwd);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      return EXIT.refused;
    }
    const result = parsePlanFile(read.text);
    if (!result.ok) {
      io.stdout(problemLines(result.problems));
      io.stderr(`${file} is not a valid plan file (${result.problems.length === 1 ? '1 problem' : `${result.problems.length} problems`}).\n`);
      return EXIT.refused;
    }
    const plan = result.file.plan;
    io.stdout(`valid: ${plan.meta.name} (${describeRows(plan)})\n`);
    return EXIT.ok;
  },
};
