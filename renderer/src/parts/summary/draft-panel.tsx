import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { isRichTextEmpty, type Plan, type RichText } from '../../../../shared/domain';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { SparklesIcon } from '../../components/editor-icons';
import { useLocale } from '../../hooks/use-locale';
import { useStore } from '../../state/store';
import { cachedDraft } from './draft-cache';
import { RichTextView } from './rich-text-view';

/**
 * "Draft from the plan": the summary shared/logic drafts from the other parts, previewed, with
 * Insert at end and Replace. Both are ordinary plan edits, so Undo takes them back. The draft is
 * written in the plan's language (the report's), whatever the language of the interface.
 */
export function DraftPanel({ plan, readOnly, narrativeRef }: { plan: Plan; readOnly: boolean; narrativeRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const draft = cachedDraft(plan);
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const language = plan.meta.language;
  const revealNext = useRef<'start' | 'end' | null>(null);
  const [revealTick, setRevealTick] = useState(0);

  // Once the editor shows the new text, it scrolls to what changed: the end after an insert, the
  // start after a replace. The focus stays on the button, so Undo at once takes the edit back.
  useEffect(() => {
    const where = revealNext.current;
    if (!where) return;
    revealNext.current = null;
    const editable = narrativeRef.current?.querySelector<HTMLElement>('[contenteditable]');
    if (editable) editable.scrollTop = where === 'end' ? editable.scrollHeight : 0;
  }, [revealTick, narrativeRef]);

  function write(next: RichText, message: string, where: 'start' | 'end') {
    // Its own undo step, apart from any typing in the summary before or after.
    useStore.getState().setPartFields('summary', { narrative: next }, { immediate: true, key: `summary:draft:${Date.now()}` });
    revealNext.current = where;
    setRevealTick((n) => n + 1);
    setAnnouncement(message);
  }

  function insert() {
    const current = useStore.getState().plan?.fields.summary.narrative;
    if (!current) return;
    const next: RichText = isRichTextEmpty(current) ? draft : { type: 'doc', content: [...current.content, ...draft.content] };
    write(next, t('summaryEditor.draft.inserted'), 'end');
  }

  function replace() {
    const current = useStore.getState().plan?.fields.summary.narrative;
    if (!current) return;
    if (isRichTextEmpty(current)) write(draft, t('summaryEditor.draft.replacedDone'), 'start');
    else setConfirming(true);
  }

  return (
    <aside className="draft-panel" aria-labelledby={headingId}>
      <header className="draft-panel__header">
        <div className="draft-panel__intro">
          <h2 id={headingId} className="draft-panel__title">
            <SparklesIcon />
            {t('summaryEditor.draft.title')}
          </h2>
          <p className="draft-panel__lead">{t('summaryEditor.draft.lead')}</p>
          {language !== locale ? (
            <p className="draft-panel__language">{t('summaryEditor.draft.language', { language: t(`languages.${language}`) })}</p>
          ) : null}
        </div>
        {readOnly ? null : (
          <div className="draft-panel__actions">
            <button type="button" className="button button--primary button--sm" onClick={insert}>
              {t('summaryEditor.draft.insert')}
            </button>
            <button type="button" className="button button--secondary button--sm" onClick={replace}>
              {t('summaryEditor.draft.replace')}
            </button>
          </div>
        )}
      </header>
      {/* Focusable so the keyboard can scroll a long draft. */}
      <div className="draft-panel__preview" role="region" aria-label={t('summaryEditor.draft.preview')} tabIndex={0} lang={language}>
        <RichTextView doc={draft} />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {confirming ? (
        <ConfirmDialog
          title={t('summaryEditor.draft.replaceTitle')}
          body={t('summaryEditor.draft.replaceBody')}
          confirmLabel={t('summaryEditor.draft.replaceConfirm')}
          onConfirm={() => write(draft, t('summaryEditor.draft.replacedDone'), 'start')}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </aside>
  );
}
