import { memo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { TextArea, usePartField } from '../../components/form';
import { PartSection } from '../part-section';

const KINDS = ['product', 'service', 'channel', 'image'] as const;

/** Differentiation (差异化): by product, service, channel and image (产品/服务/渠道/形象差异化). */
export const DifferentiationSection = memo(function DifferentiationSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <PartSection title={t('strategyEditor.sections.differentiation')} lead={t('strategyEditor.sections.differentiationLead')}>
      <div className="form__grid">
        {KINDS.map((kind) => (
          <DifferentiationField key={kind} kind={kind} readOnly={readOnly} />
        ))}
      </div>
    </PartSection>
  );
});

function DifferentiationField({ kind, readOnly }: { kind: (typeof KINDS)[number]; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <TextArea
      label={t(`strategyEditor.differentiation.${kind}`)}
      placeholder={t(`strategyEditor.differentiation.${kind}Placeholder`)}
      rows={3}
      readOnly={readOnly}
      {...usePartField<string>('strategy', `differentiation.${kind}`)}
    />
  );
}
