import type { Plan } from '../../../shared/domain';
import { parsePlanFile, serializePlanFile } from '../../../shared/file-format';
import { DomainError } from '../errors';
import { refusalMessage } from '../plan-file/import-plan-file';

/**
 * A team plan's contents are the plan as `.mplan` text: the format the app already checks field
 * by field on import, so a version written by another laptop (or by hand, by a DBA) is never
 * trusted more than a file. Saved versions and a kept customer list stay on the laptop.
 */
export function planDocument(plan: Plan, appVersion: string, now: string): string {
  return serializePlanFile(plan, { app: { name: 'Planwright', version: appVersion }, exportedAt: now });
}

export function planFromDocument(document: string): Plan {
  const parsed = parsePlanFile(document);
  if (!parsed.ok)
    throw new DomainError('invalid', `The team library’s copy is not a valid plan. ${refusalMessage(parsed.problems)}`, parsed.problems);
  return parsed.file.plan;
}
