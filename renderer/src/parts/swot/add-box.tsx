import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { PlusIcon } from '../../components/icons';

type AddBoxProps = {
  /** The visible label, at the start of the box ("New strength"). */
  label: string;
  placeholder: string;
  /** Called with the trimmed text when the user presses Enter (or Add); the box then empties. */
  onAdd(text: string): void;
};

/**
 * A one-line box that adds an item: type, press Enter, type the next. The focus stays here, so
 * a list is entered in one go; Escape empties the box.
 */
export function AddBox({ label, placeholder, onAdd }: AddBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const value = text.trim();
    if (!value) return;
    onAdd(value);
    setText('');
  };
  return (
    <div className="add-box">
      <label className="add-box__label" htmlFor={id}>
        <PlusIcon size={14} />
        {label}
      </label>
      <input
        id={id}
        className="add-box__input"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            add();
          } else if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
      />
      {text.trim() ? (
        <button type="button" className="button button--sm button--secondary add-box__button" onClick={add}>
          {t('swotEditor.addButton')}
        </button>
      ) : null}
    </div>
  );
}
