import type { Kpi } from '../../../../shared/domain';
import { newId } from '../../../../shared/domain/primitives';

/** A fresh KPI: counted by month, higher is better, under annual-plan control, no periods yet. */
export const newKpi = (): Kpi => ({
  id: newId(),
  metric: '',
  objectiveId: null,
  owner: '',
  unit: '',
  periodKind: 'month',
  direction: 'higherIsBetter',
  controlKind: 'annualPlan',
  correctiveAction: '',
  periods: [],
});
