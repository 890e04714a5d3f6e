import { useTranslation } from '../../i18n/use-translation';
import { formatMoney } from '../../../../shared/format/money';
import type { HealthFinding } from '../../../../shared/logic/health';
import { MoneyField, MultiCheckField, TextArea, usePartField } from '../../components/form';
import { useLocale } from '../../hooks/use-locale';
import { FieldWarnings } from './field-warnings';
import { useStrategyOptions } from './options';

type Props = {
  currency: string;
  language: string;
  targets: readonly { id: string; name: string }[];
  warnings: readonly HealthFinding[];
  /** What the actions and budget lines of the promotion mix cost, or null when nothing is planned. */
  promotionSpend: number | null;
  readOnly: boolean;
};

/** Promotion (促销): audience (which should name the targets), objectives, message, media mix, budget. */
export function PromotionForm({ currency, language, targets, warnings, promotionSpend, readOnly }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const options = useStrategyOptions();
  const names = targets.map((s) => s.name.trim()).filter(Boolean);
  return (
    <div className="form__grid">
      <div className="form__full">
        <TextArea
          label={t('strategyEditor.promotion.audience')}
          hint={
            names.length
              ? t('strategyEditor.promotion.audienceHint', { names: new Intl.ListFormat(language, { type: 'conjunction' }).format(names) })
              : t('strategyEditor.promotion.audienceHintNone')
          }
          rows={2}
          readOnly={readOnly}
          {...usePartField<string>('strategy', 'promotion.audience')}
        />
        <FieldWarnings findings={warnings} />
      </div>
      <TextArea
        label={t('strategyEditor.promotion.objectives')}
        placeholder={t('strategyEditor.promotion.objectivesPlaceholder')}
        rows={3}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'promotion.objectives')}
      />
      <TextArea
        label={t('strategyEditor.promotion.message')}
        rows={3}
        readOnly={readOnly}
        {...usePartField<string>('strategy', 'promotion.message')}
      />
      <MultiCheckField
        className="form__full"
        label={t('strategyEditor.promotion.media')}
        options={options.media}
        readOnly={readOnly}
        {...usePartField<string[]>('strategy', 'promotion.media')}
      />
      <MoneyField
        label={t('strategyEditor.promotion.budget')}
        hint={
          promotionSpend !== null
            ? t('strategyEditor.promotion.budgetHint', { amount: formatMoney(promotionSpend, currency, locale) })
            : t('strategyEditor.promotion.budgetHintNone')
        }
        currency={currency}
        readOnly={readOnly}
        {...usePartField<number | null>('strategy', 'promotion.budget')}
      />
    </div>
  );
}
