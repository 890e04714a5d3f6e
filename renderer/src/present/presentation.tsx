import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Plan } from '../../../shared/domain';
import { createTranslate } from '../../../shared/i18n/translate';
import { brandInk } from '../../../shared/present/brand';
import { buildSlides, partStarts } from '../../../shared/present/build-slides';
import { ChevronLeftIcon, ChevronRightIcon, CloseIcon } from '../components/icons';
import { formatInteger } from '../format/numbers';
import { useLocale } from '../hooks/use-locale';
import { useTranslation } from '../i18n/use-translation';
import { moveTo, nextZoom, presentIntent } from './present-keys';
import { NotesIcon } from './present-icons';
import { PresenterNotes, usePresenterNotesView } from './presenter-notes';
import { sameNotes, type PresenterNotesView } from '../../../shared/present/notes';
import { getApi } from '../api';
import { usePresent } from './present-store';
import { SlideView } from './slide-view';
import './present.css';

type PresentationProps = { plan: Plan; brandColor: string; onLeave: () => void };

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The plan shown full screen, one slide at a time, from the plan as it is now (nothing to keep in
 * step). A modal <dialog>: the workspace underneath is inert and keeps its place, so leaving
 * returns to exactly where the presenter was. Always light, whatever the app's theme: projectors
 * wash out dark slides. Every key is the presentation's while it shows.
 */
export function Presentation({ plan, brandColor, onLeave }: PresentationProps) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const notesId = useId();
  const language = plan.meta.language;
  const slides = useMemo(() => buildSlides(plan, { t: createTranslate(language), locale: language, now: new Date() }), [plan, language]);
  const starts = useMemo(() => partStarts(slides), [slides]);
  const [index, setIndex] = useState(0);
  const [blank, setBlank] = useState(false);
  const [notes, setNotes] = useState(false);
  // The desktop app shows the notes in a window of their own (a second screen's), browser mode over the slides.
  const presenterWindow = getApi().presenter ?? null;
  const [notesWindow, setNotesWindow] = useState(false);
  const [zoom, setZoom] = useState(1);
  // Never empty: every plan has its title screen.
  const current = slides[Math.min(index, slides.length - 1)]!;
  const notesView = usePresenterNotesView(plan, current, index, slides.length);
  const toggleNotes = () => (presenterWindow ? setNotesWindow((open) => !open) : setNotes((n) => !n));
  const state = useRef({ index, blank, total: slides.length, starts, onLeave, toggleNotes });
  state.current = { index, blank, total: slides.length, starts, onLeave, toggleNotes };

  // The notes window follows the presenter: opened and closed with N, sent each slide's notes
  // (only when they read differently), and closed when the presentation ends.
  const sent = useRef<PresenterNotesView | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (!presenterWindow) return;
    if (notesWindow) {
      opened.current = true;
      void presenterWindow.open();
    } else if (opened.current) {
      opened.current = false;
      sent.current = null;
      void presenterWindow.close();
    }
  }, [presenterWindow, notesWindow]);
  useEffect(() => {
    if (!presenterWindow || !notesWindow || sameNotes(sent.current, notesView)) return;
    sent.current = notesView;
    void presenterWindow.show(notesView);
  }, [presenterWindow, notesWindow, notesView]);
  useEffect(
    () => () => {
      if (opened.current) void presenterWindow?.close();
    },
    [presenterWindow],
  );
  // Closed by the user (its own close button): N opens it again.
  useEffect(
    () =>
      presenterWindow?.onClosed(() => {
        opened.current = false;
        sent.current = null;
        setNotesWindow(false);
      }),
    [presenterWindow],
  );

  // A layout effect, so its cleanup runs while the dialog is still in the page: closed properly, the
  // page behind stops being inert and focus can go back to where it was.
  useLayoutEffect(() => {
    const dialog = dialogRef.current!;
    if (!dialog.open) dialog.showModal();
    // The stage itself holds focus, not the first button: no focus ring glows on the projected slide.
    dialog.focus();
    // Full screen where the browser allows it; otherwise the dialog still fills the window.
    let entered = false;
    const root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root
        .requestFullscreen()
        .then(() => {
          entered = true;
        })
        .catch(() => undefined);
    }
    // Esc in full screen is the browser's: it leaves full screen, and the presentation with it.
    const onFullscreenChange = () => {
      if (entered && !document.fullscreenElement) state.current.onLeave();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (entered && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      if (dialog.open) dialog.close();
      usePresent.getState().restoreFocus();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Tab moves among the presentation's buttons; every other key is the presentation's alone.
      if (event.key === 'Tab') return;
      event.stopPropagation();
      const s = state.current;
      const intent = presentIntent(event, isMac());
      if (s.blank) {
        // Any key brings the slide back, and only that.
        if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
          event.preventDefault();
          setBlank(false);
        }
        return;
      }
      if (intent.kind === 'none') {
        // A focused button keeps Enter; the browser's own chords (reload, zoom) are refused.
        if (event.key !== 'Enter') event.preventDefault();
        return;
      }
      event.preventDefault();
      if (intent.kind === 'leave') s.onLeave();
      else if (intent.kind === 'blank') setBlank(true);
      else if (intent.kind === 'notes') s.toggleNotes();
      else if (intent.kind === 'zoom') setZoom((z) => nextZoom(z, intent.step));
      else setIndex(moveTo(s.index, s.total, intent, s.starts));
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const total = slides.length;
  const number = formatInteger(index + 1, uiLocale);
  const totalText = formatInteger(total, uiLocale);
  const style = { '--brand': brandColor, '--brand-ink': brandInk(brandColor), '--zoom': zoom } as CSSProperties;

  return (
    <dialog
      ref={dialogRef}
      className="present"
      tabIndex={-1}
      aria-label={t('present.label', { name: plan.meta.name })}
      lang={uiLocale}
      style={style}
      onCancel={(event) => {
        // Esc is handled with the other keys; the dialog must not close itself behind React's back.
        event.preventDefault();
      }}
      onClick={(event) => {
        // A click on the slide moves on, as in every presentation program.
        if (!blank && event.target instanceof Element && event.target.closest('.slide')) setIndex((i) => Math.min(total - 1, i + 1));
      }}
    >
      <section
        className="present__slide"
        lang={language}
        aria-roledescription={t('present.slideRole')}
        aria-labelledby={headingId}
        data-slide-index={index}
      >
        <SlideView key={current.id} slide={current} headingId={headingId} />
      </section>
      <p className="visually-hidden" aria-live="polite">
        {`${t('present.slideLabel', { number, total: totalText })}: ${current.title}`}
      </p>
      <footer className="present__bar">
        <p className="present__counter" data-present-counter>
          {t('present.counter', { number, total: totalText })}
        </p>
        {zoom !== 1 ? <p className="present__zoom">{t('present.zoom', { percent: `${Math.round(zoom * 100)}%` })}</p> : null}
        <div className="present__buttons">
          <button
            type="button"
            className="present__button"
            aria-label={t('present.previous')}
            title={t('present.previous')}
            disabled={index === 0}
            onClick={() => setIndex((i) => Math.max(0, i - 1))}
          >
            <ChevronLeftIcon size={22} />
          </button>
          <button
            type="button"
            className="present__button"
            aria-label={t('present.next')}
            title={t('present.next')}
            disabled={index >= total - 1}
            onClick={() => setIndex((i) => Math.min(total - 1, i + 1))}
          >
            <ChevronRightIcon size={22} />
          </button>
          <button
            type="button"
            className="present__button present__button--text"
            {...(presenterWindow
              ? { 'aria-pressed': notesWindow, title: notesWindow ? t('present.notesWindowHide') : t('present.notesWindowShow') }
              : {
                  'aria-expanded': notes,
                  'aria-controls': notes ? notesId : undefined,
                  title: notes ? t('present.notesHide') : t('present.notesShow'),
                })}
            aria-keyshortcuts="N"
            data-present-notes-button
            onClick={toggleNotes}
          >
            <NotesIcon size={22} />
            <span>{t('present.notes')}</span>
          </button>
          <button
            type="button"
            className="present__button"
            aria-label={t('present.leave')}
            title={t('present.leave')}
            aria-keyshortcuts="Escape"
            onClick={onLeave}
          >
            <CloseIcon size={22} />
          </button>
        </div>
      </footer>
      {notes && !presenterWindow ? <PresenterNotes view={notesView} id={notesId} /> : null}
      {blank ? (
        <div className="present__blank" data-present-blank>
          <p className="visually-hidden" role="status">
            {t('present.blank')}
          </p>
        </div>
      ) : null}
    </dialog>
  );
}
