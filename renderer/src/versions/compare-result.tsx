import type { FieldChange, NumberDelta, PlanDiff, RowChange } from '../../../shared/logic/compare';
import { formatMoney } from '../../../shared/format/money';
import { formatPlanMonth } from '../../../shared/format/dates';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import type { Translate } from '../../../shared/i18n/types';
import { DiffPieces, WasNow } from './diff-text';
import { fieldLabel } from './field-label';

type Formatters = { money: (minor: number) => string; number: (n: number) => string; signed: (text: string, n: number) => string };

function useFormatters(currency: string): Formatters {
  const locale = useLocale();
  const number = (n: number) =>
    Number.isInteger(n) ? formatInteger(n, locale) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  return {
    money: (minor) => formatMoney(minor, currency, locale),
    number,
    signed: (text, n) => (n > 0 ? `+${text}` : text),
  };
}

function FieldChangeView({ change, f }: { change: FieldChange; f: Formatters }) {
  if (change.kind === 'text') return <DiffPieces pieces={change.pieces} />;
  if (change.kind === 'number') {
    const show = (n: number | null) => (n === null ? '' : change.money ? f.money(n) : f.number(n));
    const delta = change.delta === null ? undefined : f.signed(change.money ? f.money(change.delta) : f.number(change.delta), change.delta);
    return <WasNow before={show(change.before)} after={show(change.after)} delta={delta} />;
  }
  return <WasNow before={change.before} after={change.after} />;
}

function FieldList({ changes, f }: { changes: FieldChange[]; f: Formatters }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="diff-fields">
      {changes.map((change) => (
        <div key={change.path} className="diff-fields__item">
          <dt>{fieldLabel(change.path, t as Translate, locale)}</dt>
          <dd>
            <FieldChangeView change={change} f={f} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RowChangeView({ row, f }: { row: RowChange; f: Formatters }) {
  const { t } = useTranslation();
  return (
    <li className={`diff-row diff-row--${row.change}`}>
      <p className="diff-row__head">
        <span className={`diff-badge diff-badge--${row.change}`}>{t(`versions.${row.change}`)}</span>
        <span className="diff-row__collection">{t(`versions.collections.${row.collection}`)}</span>
        {row.change === 'removed' ? <del className="diff-del diff-row__label">{row.label || t('versions.unnamedRow')}</del> : null}
        {row.change === 'added' ? <ins className="diff-ins diff-row__label">{row.label || t('versions.unnamedRow')}</ins> : null}
        {row.change === 'changed' ? <span className="diff-row__label">{row.label || t('versions.unnamedRow')}</span> : null}
      </p>
      {row.fields.length > 0 && row.change === 'changed' ? <FieldList changes={row.fields} f={f} /> : null}
    </li>
  );
}

function numberText(n: NumberDelta, value: number | string | null, f: Formatters, locale: string): string {
  if (value === null) return '—';
  if (n.kind === 'month') return formatPlanMonth(String(value), locale);
  if (n.kind === 'units') return f.number(value as number);
  return f.money(value as number);
}

function KeyNumbers({ numbers, f }: { numbers: NumberDelta[]; f: Formatters }) {
  const { t: rawT } = useTranslation();
  const t = rawT as Translate;
  const locale = useLocale();
  const label = (key: string) => {
    if (!key.startsWith('spend.')) return t(`versions.numbers.${key}`);
    const mix = key.slice('spend.'.length);
    return t('versions.numbers.spend', { mix: mix === 'unassigned' ? t('versions.numbers.unassigned') : t(`versions.fields.${mix}`) });
  };
  return (
    <table className="table diff-numbers">
      <caption className="visually-hidden">{t('versions.keyNumbers')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('versions.colNumber')}</th>
          <th scope="col" className="num">
            {t('versions.colBefore')}
          </th>
          <th scope="col" className="num">
            {t('versions.colAfter')}
          </th>
          <th scope="col" className="num">
            {t('versions.colDelta')}
          </th>
        </tr>
      </thead>
      <tbody>
        {numbers.map((n) => {
          const changed = n.before !== n.after;
          const delta =
            n.delta === null || n.delta === 0 ? (changed ? '≠' : '—') : f.signed(n.kind === 'money' ? f.money(n.delta) : f.number(n.delta), n.delta);
          return (
            <tr key={n.key} className={changed ? 'diff-numbers__changed' : undefined}>
              <th scope="row">{label(n.key)}</th>
              <td className="num">{numberText(n, n.before, f, locale)}</td>
              <td className="num">{numberText(n, n.after, f, locale)}</td>
              <td className="num">{changed ? <strong>{delta}</strong> : delta}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What changed between two plans: the key numbers, the header, then part by part. */
export function CompareResult({ diff, currency }: { diff: PlanDiff; currency: string }) {
  const { t } = useTranslation();
  const f = useFormatters(currency);
  return (
    <div className="compare-result" data-testid="compare-result">
      <p className="compare-result__count" role="status">
        {diff.changeCount === 0 ? t('versions.noChanges') : t('versions.changeCount', { count: diff.changeCount })}
      </p>
      <p className="field__hint">{t('versions.legend')}</p>
      <h3 className="compare-result__heading">{t('versions.keyNumbers')}</h3>
      <KeyNumbers numbers={diff.numbers} f={f} />
      {diff.meta.length > 0 ? (
        <section className="compare-part" data-compare-part="meta">
          <h3 className="compare-result__heading">{t('versions.header')}</h3>
          <FieldList changes={diff.meta} f={f} />
        </section>
      ) : null}
      {diff.parts.map((part) => (
        <section key={part.part} className="compare-part" data-compare-part={part.part}>
          <h3 className="compare-result__heading">{t(`parts.${part.part}`)}</h3>
          {part.fields.length > 0 ? <FieldList changes={part.fields} f={f} /> : null}
          {part.rows.length > 0 ? (
            <ul className="diff-rows">
              {part.rows.map((row) => (
                <RowChangeView key={`${row.collection}:${row.id}`} row={row} f={f} />
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}
