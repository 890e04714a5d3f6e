import { newId } from '../../../../shared/domain/primitives';
import type { Channel, Competitor, CustomerTier, MacroForce, Product, Segment } from '../../../../shared/domain/situation';

/** Fresh rows for each Situation table (module constants, so the memoized grids keep their props). */
export const newSegment = (): Segment => ({ id: newId(), name: '', size: null, growthPct: null, needs: '' });
export const newProduct = (): Product => ({ id: newId(), name: '', salesVolume: null, price: null, marginPct: null, stage: null });
export const newCompetitor = (): Competitor => ({
  id: newId(),
  name: '',
  sharePct: null,
  strategy: '',
  objectives: '',
  strengths: '',
  weaknesses: '',
  likelyReaction: '',
});
export const newChannel = (): Channel => ({ id: newId(), name: '', sharePct: null, trend: null, conflicts: '' });
export const newMacroForce = (force: MacroForce['force'] = 'demographic'): MacroForce => ({ id: newId(), force, finding: '', effect: null });
export const newCustomerTier = (): CustomerTier => ({
  id: newId(),
  tier: 'other',
  name: '',
  customers: null,
  recencyDays: null,
  frequency: null,
  monetary: null,
  notes: '',
});

export const byName = (row: { name: string }) => row.name;
