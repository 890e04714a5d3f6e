import { customerCare } from './customer-care';
import { lifeCycle } from './life-cycle';
import { microMarketing } from './micro-marketing';
import { omnichannel } from './omnichannel';
import type { Playbook } from './schema';
import { socialMedia } from './social-media';

export * from './schema';

/** Every playbook the app ships, in the order the domain file gives the methods. */
export const PLAYBOOKS: readonly Playbook[] = [socialMedia, omnichannel, microMarketing, customerCare, lifeCycle];

export const PLAYBOOK_IDS = PLAYBOOKS.map((p) => p.id);

export function findPlaybook(id: string): Playbook | undefined {
  return PLAYBOOKS.find((p) => p.id === id);
}
