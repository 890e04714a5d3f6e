import { useRef, useState } from 'react';

/**
 * The keyboard's landing place in the active cell while it is selected but not edited: a text
 * box that holds nothing and shows nothing. An input method composes only into something editable,
 * so a cell that is only focusable lost the first keystroke of a Chinese word (it arrived as a
 * Latin letter, and the input method started at the second). Here the composition starts in this
 * box from the first key, is shown over the cell while it runs, and the committed text opens the
 * cell's editor, as Google Sheets does. The grid's keys still reach the table first: arrows, Enter
 * and plain letters are handled there as before; only an input method's keys come through.
 */
export function TypingCatcher({ label, describedBy, onText }: { label: string; describedBy?: string; onText(text: string): void }) {
  const [composing, setComposing] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  function hand(text: string) {
    if (ref.current) ref.current.value = '';
    if (text) onText(text);
  }
  return (
    <textarea
      ref={ref}
      className={`grid__typing-catcher${composing ? ' grid__typing-catcher--composing' : ''}`}
      aria-label={label}
      aria-describedby={describedBy}
      rows={1}
      spellCheck={false}
      autoComplete="off"
      autoCorrect="off"
      autoCapitalize="off"
      data-typing-catcher=""
      onCompositionStart={() => setComposing(true)}
      onCompositionEnd={(event) => {
        setComposing(false);
        hand(event.data || event.currentTarget.value);
      }}
      onInput={(event) => {
        // Text that arrives without a composition (dictation, an emoji picker, a dead key) opens the editor too.
        if (!(event.nativeEvent as InputEvent).isComposing) hand(event.currentTarget.value);
      }}
    />
  );
}
