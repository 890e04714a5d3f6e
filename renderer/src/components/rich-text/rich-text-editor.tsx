import { ListItem } from '@tiptap/extension-list';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { RichText } from '../../../../shared/domain/rich-text';
import { BoldIcon, BulletListIcon, ItalicIcon, OrderedListIcon } from '../editor-icons';
import { actsOnPlan, useHandOver } from '../form/use-hand-over';
import { setActiveRichEditor } from './active-editor';
import { FieldUndo, fieldHistoryOf, restartHistory } from './field-history';
import { sanitizeRichText, toEditorContent } from './sanitize';

export type RichTextEditorProps = {
  label: string;
  value: RichText;
  /** Every change, already reduced to the stored subset. */
  onChange(value: RichText): void;
  onBlur?(): void;
  placeholder?: string;
  hint?: string;
  error?: string | null;
  readOnly?: boolean;
  /** Taller editors for the main narratives. */
  size?: 'md' | 'lg';
  className?: string;
  /** `<part>.<path>` of a bound narrative, as `data-field` (the plan health's "Fix" finds it by that). */
  fieldPath?: string;
};

/**
 * List items hold paragraphs only (the stored subset has no nested lists), and Tab is left to the
 * browser so it moves the focus out of the editor instead of indenting.
 */
const FlatListItem = ListItem.extend({
  content: 'paragraph+',
  addKeyboardShortcuts() {
    return { Enter: () => this.editor.commands.splitListItem(this.name) };
  },
});

const EXTENSIONS = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    strike: false,
    link: false,
    underline: false,
    horizontalRule: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    listItem: false,
    undoRedo: false,
  }),
  FlatListItem,
  FieldUndo,
];

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/**
 * A narrative field: bold, italic, bulleted and numbered lists (Tiptap 3), with a visible label
 * and a small toolbar. The value goes in and comes out as the stored rich-text JSON.
 * Shortcuts: Ctrl/Cmd+B, Ctrl/Cmd+I, Ctrl/Cmd+Shift+8 (bullets), Ctrl/Cmd+Shift+7 (numbers);
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z undo and redo the field's own typing, then the plan's edits.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  onBlur,
  placeholder,
  hint,
  error,
  readOnly = false,
  size = 'md',
  className,
  fieldPath,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const base = useId();
  const labelId = `${base}-label`;
  const describedBy = error ? `${base}-error` : hint ? `${base}-hint` : undefined;
  const emitted = useRef(JSON.stringify(value));
  const onBlurRef = useRef(onBlur);
  onBlurRef.current = onBlur;
  const wrapperRef = useRef<HTMLDivElement>(null);
  // ProseMirror has drawn the key already: the plan hears of it a frame later (use-hand-over.ts,
  // which calls the latest of this function, so `onChange` needs no ref).
  const handOver = useHandOver<RichText | null>((next) => {
    if (next === null) return;
    const json = JSON.stringify(next);
    if (json === emitted.current) return;
    emitted.current = json;
    onChange(next);
  });

  const editor = useEditor({
    extensions: EXTENSIONS,
    content: toEditorContent(value),
    editable: !readOnly,
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        class: 'rich-text__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor }) => handOver.hold(() => (editor.isDestroyed ? null : sanitizeRichText(editor.getJSON()))),
    onFocus: ({ editor }) => {
      if (wrapperRef.current) setActiveRichEditor(wrapperRef.current, fieldHistoryOf(editor));
    },
    onBlur: () => {
      handOver.flush();
      if (wrapperRef.current) setActiveRichEditor(wrapperRef.current, null);
      onBlurRef.current?.();
    },
  });

  // A value from outside (the plan's undo, a drafted summary) replaces the content and starts the
  // editor's own history afresh, so the next Ctrl+Z in the field reaches the plan's undo.
  useEffect(() => {
    const json = JSON.stringify(value);
    if (json === emitted.current) return;
    // The outside value wins over typing not yet handed over (it arrived in between).
    handOver.drop();
    emitted.current = json;
    editor.commands.setContent(toEditorContent(value), { emitUpdate: false });
    restartHistory(editor);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- handOver.drop() is stable; only a new value from outside should replace the document
  }, [value, editor]);

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [readOnly, editor]);

  useEffect(() => {
    editor.setOptions({
      editorProps: {
        attributes: {
          class: 'rich-text__content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(error ? { 'aria-invalid': 'true' } : {}),
          ...(readOnly ? { 'aria-readonly': 'true' } : {}),
          spellcheck: 'true',
        },
      },
    });
  }, [editor, labelId, describedBy, error, readOnly]);

  const isEmpty = useEditorState({ editor, selector: ({ editor }) => editor.isEmpty });

  return (
    <div
      className={`field rich-text rich-text--${size}${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}
      ref={wrapperRef}
      data-field={fieldPath}
      onKeyDownCapture={(event) => {
        if (actsOnPlan(event)) handOver.flush();
      }}
    >
      {/* A contenteditable is not labelable by <label for>: the label names it through aria-labelledby, and a click on it focuses the editor. */}
      <span id={labelId} className="field__label" onClick={() => editor.commands.focus()}>
        {label}
      </span>
      <div className={`rich-text__frame${readOnly ? ' rich-text__frame--readonly' : ''}`}>
        <div className="rich-text__body">
          <EditorContent editor={editor} />
          {isEmpty && placeholder ? (
            <p className="rich-text__placeholder" aria-hidden="true">
              {placeholder}
            </p>
          ) : null}
        </div>
        {/* After the text in the tab order, so Tab lands in the text (shown above it by CSS order). */}
        {readOnly ? null : <Toolbar editor={editor} label={t('editor.richText.toolbar')} />}
      </div>
      {error ? (
        <p className="field__error" id={`${base}-error`} role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="field__hint" id={`${base}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type ToolbarButton = { id: string; label: string; keys: string; icon: ReactNode; active: boolean; run: () => void };

/** One tab stop; ←/→ move between the buttons (WAI-ARIA toolbar). Buttons keep the focus in the text. */
function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor }) => ({
      bold: editor.isActive('bold'),
      italic: editor.isActive('italic'),
      bulletList: editor.isActive('bulletList'),
      orderedList: editor.isActive('orderedList'),
    }),
  });
  const mod = isMac() ? '⌘' : 'Ctrl+';
  const shift = isMac() ? '⇧' : 'Shift+';
  const buttons: ToolbarButton[] = [
    {
      id: 'bold',
      label: t('editor.richText.bold'),
      keys: `${mod}B`,
      icon: <BoldIcon />,
      active: state.bold,
      run: () => editor.chain().focus().toggleBold().run(),
    },
    {
      id: 'italic',
      label: t('editor.richText.italic'),
      keys: `${mod}I`,
      icon: <ItalicIcon />,
      active: state.italic,
      run: () => editor.chain().focus().toggleItalic().run(),
    },
    {
      id: 'bulletList',
      label: t('editor.richText.bulletList'),
      keys: `${mod}${shift}8`,
      icon: <BulletListIcon />,
      active: state.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: t('editor.richText.orderedList'),
      keys: `${mod}${shift}7`,
      icon: <OrderedListIcon />,
      active: state.orderedList,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (focusIndex + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    setFocusIndex(next);
    ref.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <div className="rich-text__toolbar" role="toolbar" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {buttons.map((b, i) => (
        <button
          key={b.id}
          type="button"
          className="rich-text__button"
          aria-pressed={b.active}
          aria-label={b.label}
          aria-keyshortcuts={b.keys.replace('⌘', 'Meta+').replace('⇧', 'Shift+')}
          title={`${b.label} (${b.keys})`}
          tabIndex={i === focusIndex ? 0 : -1}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setFocusIndex(i);
            b.run();
          }}
        >
          {b.icon}
        </button>
      ))}
    </div>
  );
}
