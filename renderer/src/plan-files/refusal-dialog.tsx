import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Modal } from '../components/modal';
import { localizeProblem } from './localize-problem';
import type { Refusal } from './plan-files-store';

/** Copies through the Clipboard API, or, where the app denies it that permission, through a selection. */
async function copyText(text: string, within: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'plan-file-problems__copy-buffer';
    within.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** Every problem of a refused file, with its path; scrollable, selectable and copyable as text. */
export function RefusalDialog({ refusal, onClose }: { refusal: Refusal; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const lines = refusal.problems.map((p) => ({ path: p.path, message: localizeProblem(p) }));
  const asText = lines.map((l) => (l.path ? `${l.path}: ${l.message}` : l.message)).join('\n');

  return (
    <Modal
      title={t('planFiles.refusedTitle', { file: refusal.fileName })}
      description={t('planFiles.refusedBody')}
      onClose={onClose}
      size="lg"
      role="alertdialog"
    >
      <div className="modal__body plan-file-refusal">
        {/* Focusable, so the keyboard can scroll a long list. */}
        <ol ref={listRef} className="plan-file-problems" aria-label={t('planFiles.problemsLabel')} tabIndex={0}>
          {lines.map((line, i) => (
            <li key={i} className="plan-file-problems__item">
              {line.path ? <code className="plan-file-problems__path">{line.path}</code> : null}
              {line.path ? <span className="plan-file-problems__separator">: </span> : null}
              <span className="plan-file-problems__message">{line.message}</span>
            </li>
          ))}
        </ol>
      </div>
      <div className="modal__footer">
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            if (listRef.current && (await copyText(asText, listRef.current.parentElement ?? listRef.current))) setCopied(true);
          }}
        >
          {copied ? t('planFiles.copied') : t('planFiles.copyProblems')}
        </button>
        <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
