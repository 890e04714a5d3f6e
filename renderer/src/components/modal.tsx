import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { focusableWithin } from './focusable';
import { CloseIcon } from './icons';

type ModalProps = {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  /** alertdialog for confirmations that need an answer. */
  role?: 'dialog' | 'alertdialog';
};

/**
 * A modal on the native <dialog>: the page behind is inert, Esc closes, focus is trapped inside
 * and returns to where it was when the dialog closes.
 */
export function Modal({ title, description, onClose, children, size = 'md', role = 'dialog' }: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const pressedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element (the close button); the dialog's own
    // choice, marked data-autofocus, or else its first field, is where the user wants to be.
    const content = [...dialog.querySelectorAll<HTMLElement>('.modal__panel > :not(.modal__header)')].flatMap(focusableWithin);
    const preferred = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? content[0];
    preferred?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone (a menu, a deleted row); then focus falls back to the body.
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusableWithin(ref.current);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  // A click that starts and ends on the backdrop (the dialog element itself) closes it.
  function onMouseDown(event: MouseEvent<HTMLDialogElement>) {
    pressedOnBackdrop.current = event.target === ref.current;
  }
  function onClick(event: MouseEvent<HTMLDialogElement>) {
    if (pressedOnBackdrop.current && event.target === ref.current) onClose();
    pressedOnBackdrop.current = false;
  }

  return (
    <dialog
      ref={ref}
      className={`modal modal--${size}`}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onClick={onClick}
    >
      <div className="modal__panel">
        <div className="modal__header">
          <h2 id={titleId} className="modal__title">
            {title}
          </h2>
          <button type="button" className="icon-button modal__close" aria-label={t('common.close')} onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
        {description ? (
          <div id={descriptionId} className="modal__description">
            {description}
          </div>
        ) : null}
        {children}
      </div>
    </dialog>
  );
}
