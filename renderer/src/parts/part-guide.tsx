import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartKey } from '../../../shared/domain/parts';
import type { LocaleResource } from '../../../shared/i18n';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';

export type PartContentKey<P extends PartKey> = keyof LocaleResource['partContents'][P] & string;

type PartGuideProps<P extends PartKey> = { part: P; number: number; items: readonly PartContentKey<P>[] };

/**
 * A part's title, the question it answers and what goes into it: the planner's brief for the
 * part. Each part's own file chooses the items; the part editors will sit below this.
 */
export function PartGuide<P extends PartKey>({ part, number, items }: PartGuideProps<P>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const contents = `partContents.${part}` as const;
  return (
    <section className="editor-card part-guide" aria-labelledby={titleId}>
      <header className="editor-card__header">
        <div>
          <p className="eyebrow">{t('workspace.partNumber', { number: formatInteger(number, locale) })}</p>
          <h1 id={titleId} className="editor-card__title">
            {t(`parts.${part}`)}
          </h1>
        </div>
      </header>
      <div className="part-guide__answers">
        <h2 className="part-guide__heading">{t('workspace.whatItAnswers')}</h2>
        <p className="part-guide__lead">{t(`partAnswers.${part}`)}</p>
      </div>
      <div className="part-guide__contents">
        <h2 className="part-guide__heading">{t('workspace.whatItContains')}</h2>
        <ul className="checklist">
          {items.map((item) => (
            <li key={item} className="checklist__item">
              <span className="checklist__mark" aria-hidden="true" />
              {/* The key is built from typed parts; i18next's key type can't follow the generic. */}
              <span>{t(`${contents}.${item}` as never)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
