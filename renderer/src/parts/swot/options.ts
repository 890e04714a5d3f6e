import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { PlanCollections } from '../../../../shared/domain';
import { evidenceGroups, type EvidenceGroup } from './evidence-options';

/** The situation rows a SWOT item may cite, named in the UI's language; recomputed only when those tables change. */
export function useEvidenceGroups(collections: PlanCollections): EvidenceGroup[] {
  const { t } = useTranslation();
  const { segments, products, competitors, channels, macroForces, customerTiers } = collections;
  return useMemo(
    () =>
      evidenceGroups(
        { segments, products, competitors, channels, macroForces, customerTiers },
        { force: (f) => t(`situation.forces.${f}`), tier: (tier) => t(`situation.tiers.${tier}`), untitled: t('swotEditor.untitled') },
      ),
    [t, segments, products, competitors, channels, macroForces, customerTiers],
  );
}
