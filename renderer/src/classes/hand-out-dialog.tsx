import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { participantNames } from '../../../shared/class-board/hand-out';
import { LIMITS } from '../../../shared/limits';
import { localizeIssue } from '../../../shared/i18n/localize-issue';
import { ConfirmDialog } from '../components/confirm-dialog';
import { Field } from '../components/field';
import { FormDialogFooter } from '../components/form-dialog-footer';
import { Modal } from '../components/modal';
import { errorText } from '../format/issues';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { appTranslate } from '../i18n/as-translate';
import { useStore } from '../state/store';
import './classes.css';
import { buildHandOut, canWriteFolder, downloadHandOutZip, writeHandOutFolder, type HandOutSource } from './hand-out-actions';

type HandOutDialogProps = { planId: string; planName: string; onClose: () => void };

/** A pasted list is at most a class's worth of names, one per line (a longer text is cut by the field). */
const MAX_NAMES_TEXT = LIMITS.classPlans * (LIMITS.shortText + 2);

/**
 * "Prepare for class": participants' names pasted one per line become one `.mplan` each, the
 * participant as its author. The desktop app writes them into a folder the user picks (asking
 * before replacing a file); browser mode downloads one zip, since a page cannot write a folder.
 */
export function HandOutDialog({ planId, planName, onClose }: HandOutDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState('');
  const [className, setClassName] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replace, setReplace] = useState<{ source: HandOutSource; folder: string; existing: string[]; token: string } | null>(null);
  const namesId = useId();
  const classId = useId();
  const folder = canWriteFolder();
  const list = useMemo(() => participantNames(text), [text]);
  const count = list.names.length;
  const needNames = tried && count === 0 ? t('handOut.needNames') : null;

  const toast = (message: string) => useStore.getState().showToast({ message });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setTried(true);
    if (count === 0) return;
    setBusy(true);
    setError(null);
    try {
      const built = await buildHandOut(planId, list.names);
      if (!built.ok) return setError(t('handOut.failed', { reason: errorText(built.error) }));
      if (folder) {
        const written = await writeHandOutFolder(built.value, className);
        if (!written.ok) return setError(t('handOut.failed', { reason: errorText(written.error) }));
        const answer = written.value;
        if (answer.status === 'exists')
          return setReplace({ source: built.value, folder: answer.folder, existing: answer.existing, token: answer.replaceToken });
        if (answer.status === 'saved') {
          toast(t('handOut.written', { count: answer.count, folder: answer.folder }));
          onClose();
        }
        return;
      }
      const zipped = await downloadHandOutZip(built.value, className);
      if (!zipped.ok) return setError(t('handOut.failed', { reason: errorText(zipped.error) }));
      if (zipped.value) {
        toast(t('handOut.downloaded', { count, file: zipped.value }));
        onClose();
      }
    } finally {
      setBusy(false);
    }
  }

  if (replace) {
    const shown = replace.existing.slice(0, 3).join(', ') + (replace.existing.length > 3 ? ', …' : '');
    return (
      <ConfirmDialog
        title={t('handOut.replaceTitle')}
        body={t('handOut.replaceBody', { count: replace.existing.length, folder: replace.folder, files: shown })}
        confirmLabel={t('handOut.replace')}
        onClose={() => setReplace(null)}
        onConfirm={async () => {
          const written = await writeHandOutFolder(replace.source, className, replace.token);
          if (!written.ok) return setError(t('handOut.failed', { reason: errorText(written.error) }));
          if (written.value.status === 'saved') {
            toast(t('handOut.written', { count: written.value.count, folder: written.value.folder }));
            onClose();
          }
        }}
      />
    );
  }

  const countText = count === 0 ? t('handOut.countNone') : t('handOut.count', { count, formatted: formatInteger(count, locale) });
  return (
    <Modal title={t('handOut.title', { name: planName })} description={t('handOut.intro')} onClose={onClose} size="md">
      <form className="form hand-out" onSubmit={submit} noValidate>
        <div className="modal__body">
          <Field id={namesId} label={t('handOut.namesLabel')} error={needNames}>
            <textarea
              id={namesId}
              className="input textarea hand-out__names"
              rows={8}
              value={text}
              maxLength={MAX_NAMES_TEXT}
              placeholder={t('handOut.namesPlaceholder')}
              spellCheck={false}
              autoComplete="off"
              data-autofocus
              onChange={(e) => setText(e.target.value)}
              aria-invalid={needNames ? true : undefined}
              aria-describedby={needNames ? `${namesId}-error` : `${namesId}-count`}
            />
          </Field>
          <p className="hand-out__count" id={`${namesId}-count`} aria-live="polite">
            <strong>{countText}</strong>
            {list.repeats > 0 ? <span> · {t('handOut.repeats', { count: list.repeats })}</span> : null}
          </p>
          {list.refused.length > 0 ? (
            <div className="banner banner--warning hand-out__refused" role="status">
              <p>{t('handOut.refusedHeading')}</p>
              <ul>
                {list.refused.slice(0, 5).map(({ name, issue }) => (
                  <li key={name}>
                    {t('handOut.refusedName', {
                      name: name.length > 40 ? `${name.slice(0, 40)}…` : name,
                      reason: localizeIssue(issue, appTranslate),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <Field id={classId} label={t('handOut.classLabel')} hint={folder ? t('handOut.classHintFolder') : t('handOut.classHintZip')}>
            <input
              id={classId}
              className="input"
              value={className}
              maxLength={LIMITS.shortText}
              autoComplete="off"
              onChange={(e) => setClassName(e.target.value)}
              aria-describedby={`${classId}-hint`}
            />
          </Field>
          {error ? (
            <p className="banner banner--danger" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <FormDialogFooter submitLabel={folder ? t('handOut.chooseFolder') : t('handOut.downloadZip')} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
