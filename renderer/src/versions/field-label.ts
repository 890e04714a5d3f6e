import { versionsEn } from '../../../shared/i18n/areas/versions';
import { formatPlanMonth } from '../../../shared/format/dates';
import type { Translate } from '../../../shared/i18n/types';

const FIELD_KEYS = new Set(Object.keys(versionsEn.fields));

/** A changed field's name: `positioning.statement` → "Positioning · Statement", `periods.2027-03.target` → "Mar 2027 · Target". */
export function fieldLabel(path: string, t: Translate, locale: string): string {
  return path
    .split('.')
    .filter((segment) => segment !== 'periods')
    .map((segment) => {
      if (/^\d{4}-\d{2}$/.test(segment)) return formatPlanMonth(segment, locale);
      return FIELD_KEYS.has(segment) ? t(`versions.fields.${segment}`) : segment;
    })
    .join(' · ');
}
