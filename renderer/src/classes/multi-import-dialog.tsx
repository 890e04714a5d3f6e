import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { FieldIssue } from '../../../shared/contracts/result';
import { LIMITS } from '../../../shared/limits';
import { Field } from '../components/field';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { localizeProblem } from '../plan-files/localize-problem';
import { navigate } from '../routing/use-route';
import { useStore } from '../state/store';
import { getApi } from '../api';
import { createClass } from './class-actions';
import { readBatch, type BatchEntry } from './read-plan-files';
import './classes.css';

const NONE = '';
const NEW = '__new__';

type Outcome = { kind: 'imported'; name: string } | { kind: 'refused'; problems: FieldIssue[] };

function Reasons({ problems }: { problems: FieldIssue[] }) {
  return (
    <ul className="multi-import__reasons">
      {problems.map((p, i) => (
        <li key={i}>
          {p.path ? <code>{p.path}: </code> : null}
          {localizeProblem(p)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Many plan files at once (a class's): each file with its participant (the plan's author,
 * editable) and whether it can come in, the class they go into, then one import per file — each
 * its own transaction, so a refused file never keeps the rest out. Files with the same ids come
 * in side by side, named by their author.
 */
export function MultiImportDialog({ files, onClose }: { files: File[]; onClose: () => void }) {
  const { t } = useTranslation();
  const classes = useStore((s) => s.classes);
  const classFilter = useStore((s) => s.classFilter);
  const [entries, setEntries] = useState<BatchEntry[] | null>(null);
  const [authors, setAuthors] = useState<Record<string, string>>({});
  const [target, setTarget] = useState<string>(classFilter ?? NEW);
  const [className, setClassName] = useState('');
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [progress, setProgress] = useState<{ done: number; count: number } | null>(null);
  const [finished, setFinished] = useState<{ classId: string | null } | null>(null);
  const [classError, setClassError] = useState<string | null>(null);
  const classSelectId = useId();
  const classNameId = useId();

  useEffect(() => {
    void useStore.getState().loadClasses();
    let live = true;
    void readBatch(files).then((read) => {
      if (!live) return;
      setEntries(read);
      setAuthors(Object.fromEntries(read.flatMap((e) => (e.status === 'ready' ? [[e.key, e.author]] : []))));
    });
    return () => {
      live = false;
    };
  }, [files]);

  const ready = entries?.filter((e) => e.status === 'ready') ?? [];
  const importing = progress !== null && finished === null;

  async function run() {
    if (importing || ready.length === 0) return;
    setClassError(null);
    let classId: string | null = target === NONE ? null : target === NEW ? null : target;
    if (target === NEW) {
      if (className.trim() === '') return setClassError(t('classes.classNameRequired'));
      const created = await createClass(className.trim());
      if (!created.ok) return setClassError(errorText(created.error));
      classId = created.value.id;
    }
    setProgress({ done: 0, count: ready.length });
    const next: Record<string, Outcome> = {};
    for (const [i, entry] of ready.entries()) {
      if (entry.status !== 'ready') continue;
      const author = (authors[entry.key] ?? entry.author).trim();
      const result = await getApi().invoke('plans.importFile', { content: entry.content, author, ...(classId ? { classId } : {}) });
      next[entry.key] = result.ok
        ? { kind: 'imported', name: result.value.summary.name }
        : {
            kind: 'refused',
            problems: result.error.issues && result.error.issues.length > 0 ? result.error.issues : [{ path: '', message: errorText(result.error) }],
          };
      setOutcomes({ ...next });
      setProgress({ done: i + 1, count: ready.length });
    }
    const store = useStore.getState();
    await Promise.all([store.loadPlans(), store.loadClasses()]);
    if (classId) store.setClassFilter(classId);
    setFinished({ classId });
  }

  const imported = Object.values(outcomes).filter((o) => o.kind === 'imported').length;
  const refused = (entries?.length ?? 0) - imported - (finished ? 0 : ready.length - Object.keys(outcomes).length);

  return (
    <Modal title={t('classes.importManyTitle', { count: files.length })} description={t('classes.importManyBody')} onClose={onClose} size="lg">
      <div className="modal__body multi-import">
        {entries === null ? <p className="loading-text">{t('common.loading')}</p> : null}
        {entries !== null ? (
          <p className="multi-import__count">
            {`${t('classes.readyCount', { count: ready.length })} · ${t('classes.refusedSummary', { count: entries.length - ready.length })}`}
          </p>
        ) : null}
        {entries !== null ? (
          <div className="multi-import__table-wrap" tabIndex={0} role="group" aria-label={t('classes.filesLabel')}>
            <table className="multi-import__table">
              <thead>
                <tr>
                  <th scope="col">{t('classes.columnFile')}</th>
                  <th scope="col">{t('classes.columnPlan')}</th>
                  <th scope="col">{t('classes.columnAuthor')}</th>
                  <th scope="col">{t('classes.columnStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => {
                  const outcome = outcomes[entry.key];
                  return (
                    <tr key={entry.key} data-file={entry.fileName} data-status={outcome?.kind ?? entry.status}>
                      <th scope="row" className="multi-import__file">
                        {entry.fileName}
                      </th>
                      <td>{entry.status === 'ready' ? entry.planName : '—'}</td>
                      <td>
                        {entry.status === 'ready' ? (
                          <input
                            className="input input--sm multi-import__author"
                            aria-label={t('classes.authorFor', { file: entry.fileName })}
                            value={authors[entry.key] ?? ''}
                            maxLength={LIMITS.shortText}
                            disabled={importing || finished !== null}
                            onChange={(e) => setAuthors((a) => ({ ...a, [entry.key]: e.target.value }))}
                          />
                        ) : null}
                      </td>
                      <td>
                        {outcome?.kind === 'imported' ? (
                          <span className="multi-import__status--done">{t('classes.importedAs', { name: outcome.name })}</span>
                        ) : outcome?.kind === 'refused' ? (
                          <div className="multi-import__status--refused">
                            {t('classes.refused')}
                            <Reasons problems={outcome.problems} />
                          </div>
                        ) : entry.status === 'refused' ? (
                          <div className="multi-import__status--refused">
                            {t('classes.refused')}
                            <Reasons problems={entry.problems} />
                          </div>
                        ) : (
                          t('classes.ready')
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}

        {finished === null ? (
          <div className="multi-import__class">
            <Field id={classSelectId} label={t('classes.intoClass')}>
              <select id={classSelectId} className="select" value={target} disabled={importing} onChange={(e) => setTarget(e.target.value)}>
                <option value={NEW}>{t('classes.newClass')}</option>
                {classes.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
                <option value={NONE}>{t('classes.noClass')}</option>
              </select>
            </Field>
            {target === NEW ? (
              <Field id={classNameId} label={t('classes.newClassName')} error={classError}>
                <input
                  id={classNameId}
                  className="input"
                  value={className}
                  maxLength={LIMITS.shortText}
                  placeholder={t('classes.newClassPlaceholder')}
                  disabled={importing}
                  aria-invalid={classError ? true : undefined}
                  aria-describedby={classError ? `${classNameId}-error` : undefined}
                  onChange={(e) => setClassName(e.target.value)}
                />
              </Field>
            ) : null}
          </div>
        ) : null}

        <p className="multi-import__summary" role="status">
          {importing && progress ? t('classes.importingCount', { done: progress.done, count: progress.count }) : null}
          {finished ? `${t('classes.importSummary', { count: imported })} · ${t('classes.refusedSummary', { count: refused })}` : null}
        </p>
      </div>
      <div className="modal__footer">
        {finished ? (
          <>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.close')}
            </button>
            {finished.classId ? (
              <button
                type="button"
                className="button button--primary"
                data-autofocus
                onClick={() => {
                  onClose();
                  navigate({ name: 'class', classId: finished.classId! });
                }}
              >
                {t('classes.openBoard')}
              </button>
            ) : null}
          </>
        ) : (
          <>
            <button type="button" className="button button--secondary" onClick={onClose} disabled={importing}>
              {t('common.cancel')}
            </button>
            <button type="button" className="button button--primary" disabled={importing || ready.length === 0} onClick={() => void run()}>
              {t('classes.importCount', { count: ready.length })}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
