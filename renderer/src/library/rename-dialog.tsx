import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { AppError } from '../../../shared/contracts/result';
import type { PlanSummary } from '../../../shared/contracts/views';
import { describedBy, Field } from '../components/field';
import { Modal } from '../components/modal';
import { errorText, issuesByField } from '../format/issues';
import { useStore } from '../state/store';
import { FormDialogFooter } from '../components/form-dialog-footer';

export function RenameDialog({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const renamePlan = useStore((s) => s.renamePlan);
  const [name, setName] = useState(plan.name);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const message = error ? (issuesByField(error).name ?? errorText(error)) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await renamePlan(plan.id, name);
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error);
  }

  return (
    <Modal title={t('rename.title')} onClose={onClose} size="sm">
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body">
          <Field id={id} label={t('rename.name')} error={message}>
            <input
              id={id}
              className="input"
              value={name}
              data-autofocus
              autoComplete="off"
              onFocus={(e) => e.currentTarget.select()}
              onChange={(e) => setName(e.target.value)}
              {...describedBy(id, message)}
            />
          </Field>
        </div>
        <FormDialogFooter submitLabel={t('rename.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
