import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { CommandResponse } from '../../../shared/contracts/commands';
import { PART_KEYS, type PartKey } from '../../../shared/domain/parts';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { getApi } from '../api';

type Columns = CommandResponse<'classes.compare'>;

/**
 * One part of 2–4 participants' plans side by side, chosen on the board: each plan's rows and
 * statements for that part (shared/class-board part-digest), in a column each.
 */
export function SideBySide({ classId, planIds, onClose }: { classId: string; planIds: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [part, setPart] = useState<PartKey>('swot');
  const [columns, setColumns] = useState<Columns | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const headingId = useId();

  useEffect(() => {
    let live = true;
    void getApi()
      .invoke('classes.compare', { classId, planIds, part, language: locale })
      .then((result) => {
        if (!live) return;
        if (result.ok) {
          setColumns(result.value);
          setError(null);
        } else setError(errorText(result.error));
      });
    return () => {
      live = false;
    };
  }, [classId, planIds, part, locale]);

  return (
    <section className="side-by-side" aria-labelledby={headingId}>
      <div className="side-by-side__bar">
        <h2 id={headingId} className="side-by-side__title">
          {t('classes.compareLabel', { part: t(`parts.${part}`) })}
        </h2>
        <label className="class-filter__label" htmlFor={selectId}>
          {t('classes.comparePart')}
        </label>
        <select id={selectId} className="select side-by-side__part" value={part} onChange={(e) => setPart(e.target.value as PartKey)}>
          {PART_KEYS.map((p) => (
            <option key={p} value={p}>
              {t(`parts.${p}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary button--sm" onClick={onClose}>
          {t('classes.closeCompare')}
        </button>
      </div>
      {error ? (
        <p className="banner banner--danger" role="alert">
          {error}
        </p>
      ) : null}
      {columns ? (
        <div className="side-by-side__columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}>
          {columns.map((column) => (
            <article key={column.planId} className="side-by-side__column" aria-label={column.author || column.name}>
              <h3 className="side-by-side__who">{column.author || t('classes.noAuthor')}</h3>
              <p className="side-by-side__plan">{column.name}</p>
              {column.digest.map((section, i) => (
                <div key={i} className="side-by-side__section">
                  <h4 className="side-by-side__heading">{section.heading}</h4>
                  {section.lines.length > 0 ? (
                    <ul className="side-by-side__lines">
                      {section.lines.map((line, j) => (
                        <li key={j}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="side-by-side__empty">{t('classes.nothingYet')}</p>
                  )}
                </div>
              ))}
            </article>
          ))}
        </div>
      ) : null}
    </section>
  );
}
