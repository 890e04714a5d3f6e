import type { Language, Plan } from '../domain';
import { buildEducation } from './education';
import { buildInfantFormula } from './infant-formula';
import { buildSocialCampaign } from './social-campaign';
import { buildStress } from './stress';
import { buildTradeCourse } from './trade-course';
import { createKit, type Kit, type SampleBuildOptions } from './kit';
import type { SampleName } from './names';

export { SAMPLE_NAMES, SAMPLES, isSampleName, type SampleInfo, type SampleName } from './names';
export type { SampleBuildOptions } from './kit';

const BUILDERS: Record<SampleName, (kit: Kit, now: string) => Plan> = {
  education: buildEducation,
  'infant-formula': buildInfantFormula,
  'trade-course': buildTradeCourse,
  'social-campaign': buildSocialCampaign,
  stress: buildStress,
};

/**
 * A complete plan from a sample, in one language. The content is the same on every call; the
 * plan and every row get fresh ids, so a sample can be added to a library any number of times.
 */
export function buildSample(name: SampleName, language: Language, options: SampleBuildOptions = {}): Plan {
  const builder = BUILDERS[name];
  if (!builder) throw new Error(`There is no sample named “${String(name)}”.`);
  return builder(createKit(language), options.now ?? new Date().toISOString());
}
