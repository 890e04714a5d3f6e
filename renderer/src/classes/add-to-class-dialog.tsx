import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { PlanSummary } from '../../../shared/contracts/views';
import { Field } from '../components/field';
import { FormDialogFooter } from '../components/form-dialog-footer';
import { Modal } from '../components/modal';
import { useStore } from '../state/store';
import { addToClass, createClass } from './class-actions';

const NEW = '__new__';

/** Puts one plan into a class: an existing one, or a new one named here. */
export function AddToClassDialog({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const classes = useStore((s) => s.classes);
  const [choice, setChoice] = useState(classes[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const nameId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    let klass = classes.find((c) => c.id === choice) ?? null;
    if (!klass) {
      const created = await createClass(name.trim());
      klass = created.ok ? created.value : null;
    }
    const added = klass ? await addToClass(klass, plan) : null;
    setBusy(false);
    if (added?.ok) onClose();
  }

  return (
    <Modal title={t('classes.addToClassTitle', { name: plan.name })} onClose={onClose} size="sm">
      <form className="form" onSubmit={submit} noValidate>
        <div className="modal__body">
          <Field id={selectId} label={t('classes.intoClass')}>
            <select id={selectId} className="select" value={choice} data-autofocus onChange={(e) => setChoice(e.target.value)}>
              {classes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              <option value={NEW}>{t('classes.newClass')}</option>
            </select>
          </Field>
          {choice === NEW ? (
            <Field id={nameId} label={t('classes.newClassName')}>
              <input
                id={nameId}
                className="input"
                value={name}
                placeholder={t('classes.newClassPlaceholder')}
                onChange={(e) => setName(e.target.value)}
              />
            </Field>
          ) : null}
        </div>
        <FormDialogFooter submitLabel={t('classes.add')} busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
