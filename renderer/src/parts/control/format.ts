import { useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { periodLabel } from '../../../../shared/charts/format';
import { formatMonth, formatQuantity } from '../../components/grid/cell-values';
import { useLocale } from '../../hooks/use-locale';
import { asTranslate } from '../../i18n/as-translate';

/** A KPI period: a month as the grids write it ("Mar 2027", "2027年3月"), a quarter as the charts do ("Q2 2027", "2027年第2季度"). */
export function usePeriodLabel(): (period: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (period: string) => (period.includes('Q') ? periodLabel(period, { t: asTranslate(t), locale }) : formatMonth(period, locale)),
    [t, locale],
  );
}

/** A KPI value with its unit: "1,200 students", "32 %". */
export function kpiValueText(value: number, unit: string, locale: string): string {
  const number = formatQuantity(value, locale);
  return unit ? `${number} ${unit}` : number;
}

const signedFormats = new Map<string, Intl.NumberFormat>();

/** A variance with its sign: "+5", "−12.5"; with `percent`, "+25%". */
export function signedText(value: number, locale: string, percent = false): string {
  const key = `${locale}|${percent}`;
  let format = signedFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      maximumFractionDigits: percent ? 1 : 2,
      signDisplay: 'exceptZero',
      ...(percent ? { style: 'percent' } : {}),
    });
    signedFormats.set(key, format);
  }
  return format.format(percent ? value / 100 : value);
}
