import { useTranslation } from '../../i18n/use-translation';
import { SelectField, TextArea, usePartField } from '../../components/form';
import { useStrategyOptions } from './options';

/** Place (渠道): channel design, coverage, logistics, channel management. */
export function PlaceForm({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const options = useStrategyOptions();
  return (
    <div className="form__grid">
      <SelectField
        label={t('strategyEditor.place.design')}
        options={options.designs}
        readOnly={readOnly}
        {...usePartField<string | null>('strategy', 'place.design')}
      />
      <TextArea
        label={t('strategyEditor.place.coverage')}
        placeholder={t('strategyEditor.place.coveragePlaceholder')}
        rows={2}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'place.coverage')}
      />
      <TextArea label={t('strategyEditor.place.logistics')} rows={3} readOnly={readOnly} {...usePartField<string>('strategy', 'place.logistics')} />
      <TextArea
        label={t('strategyEditor.place.management')}
        placeholder={t('strategyEditor.place.managementPlaceholder')}
        rows={3}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'place.management')}
      />
    </div>
  );
}
