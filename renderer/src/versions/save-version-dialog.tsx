import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../shared/contracts/result';
import { getApi } from '../api';
import { describedBy, Field } from '../components/field';
import { FormDialogFooter } from '../components/form-dialog-footer';
import { Modal } from '../components/modal';
import { errorText, issuesByField } from '../format/issues';
import { useTranslation } from '../i18n/use-translation';
import { useStore } from '../state/store';
import { useVersionsUi } from './versions-store';

/** Save version… (Ctrl/⌘+Shift+S): a name and a note, both labelled; the plan's waiting edits are saved first. */
export function SaveVersionDialog({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const noteId = useId();
  const byField = issuesByField(error);
  const nameMessage = byField.name ?? (error && !byField.note ? errorText(error) : null);
  const noteMessage = byField.note ?? null;
  const close = () => useVersionsUi.getState().close();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    // The version holds what the user sees: edits still waiting for a pause in typing go first.
    await useStore.getState().flushEdits();
    const result = await getApi().invoke('versions.save', { planId, name, note });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    useVersionsUi.getState().changed();
    useStore.getState().showToast({ message: t('versions.saved', { name: result.value.name }) });
    close();
  }

  return (
    <Modal title={t('versions.saveTitle')} description={t('versions.saveBody')} onClose={close} size="sm">
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body version-save-body">
          <Field id={nameId} label={t('versions.name')} error={nameMessage}>
            <input
              id={nameId}
              className="input"
              value={name}
              data-autofocus
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
              {...describedBy(nameId, nameMessage)}
            />
          </Field>
          <Field id={noteId} label={t('versions.note')} error={noteMessage}>
            <textarea
              id={noteId}
              className="input textarea"
              rows={3}
              value={note}
              placeholder={t('versions.notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
              {...describedBy(noteId, noteMessage)}
            />
          </Field>
        </div>
        <FormDialogFooter submitLabel={t('versions.save')} busy={busy} onCancel={close} />
      </form>
    </Modal>
  );
}
