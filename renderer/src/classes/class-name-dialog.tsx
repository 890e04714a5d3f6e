import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { AppError, Result } from '../../../shared/contracts/result';
import { LIMITS } from '../../../shared/limits';
import { describedBy, Field } from '../components/field';
import { FormDialogFooter } from '../components/form-dialog-footer';
import { Modal } from '../components/modal';
import { errorText, issuesByField } from '../format/issues';

type ClassNameDialogProps = {
  title: string;
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => Promise<Result<unknown>>;
  onClose: () => void;
};

/** A class's name, to create one or rename it: the backend checks it, its refusal shows under the field. */
export function ClassNameDialog({ title, initial, submitLabel, onSubmit, onClose }: ClassNameDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const message = error ? (issuesByField(error).name ?? errorText(error)) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await onSubmit(name.trim());
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error);
  }

  return (
    <Modal title={title} onClose={onClose} size="sm">
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body">
          <Field id={id} label={t('classes.className')} error={message}>
            <input
              id={id}
              className="input"
              value={name}
              maxLength={LIMITS.shortText}
              placeholder={t('classes.newClassPlaceholder')}
              data-autofocus
              autoComplete="off"
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => setName(e.target.value)}
              {...describedBy(id, message)}
            />
          </Field>
        </div>
        <FormDialogFooter submitLabel={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
