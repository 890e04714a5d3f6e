/**
 * The catalogue of sample plans, without their content: the command map and the renderer need
 * the names and the i18n keys of titles and descriptions, not the plans themselves.
 */
export const SAMPLE_NAMES = ['education', 'infant-formula', 'trade-course', 'social-campaign', 'stress'] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];

const I18N_KEY: Record<SampleName, string> = {
  education: 'education',
  'infant-formula': 'infantFormula',
  'trade-course': 'tradeCourse',
  'social-campaign': 'socialCampaign',
  stress: 'stress',
};

/** `title` and `description` are i18n keys (area `samples`); whoever shows them localizes them. */
export type SampleInfo = { name: SampleName; title: string; description: string };

export const SAMPLES: readonly SampleInfo[] = SAMPLE_NAMES.map((name) => ({
  name,
  title: `samples.items.${I18N_KEY[name]}.title`,
  description: `samples.items.${I18N_KEY[name]}.description`,
}));

export function isSampleName(value: unknown): value is SampleName {
  return typeof value === 'string' && (SAMPLE_NAMES as readonly string[]).includes(value);
}
