import type { FieldChange, TextPiece } from '../../../shared/logic/compare';
import { useTranslation } from '../i18n/use-translation';

/**
 * A text's word-level change in one flow: inserted words underlined (<ins>), deleted words struck
 * through (<del>), each also announced to a screen reader, so colour is never the only sign.
 */
export function DiffPieces({ pieces }: { pieces: TextPiece[] }) {
  const { t } = useTranslation();
  return (
    <span className="diff-text">
      {pieces.map((piece, i) =>
        piece.change === 'same' ? (
          <span key={i}>{piece.text}</span>
        ) : piece.change === 'added' ? (
          <ins key={i} className="diff-ins">
            <span className="visually-hidden">{t('versions.srAdded')}</span>
            {piece.text}
            <span className="visually-hidden">{t('versions.srEnd')}</span>
          </ins>
        ) : (
          <del key={i} className="diff-del">
            <span className="visually-hidden">{t('versions.srRemoved')}</span>
            {piece.text}
            <span className="visually-hidden">{t('versions.srEnd')}</span>
          </del>
        ),
      )}
    </span>
  );
}

/** A changed value that is not running text: what it was, struck through, and what it is. */
export function WasNow({ before, after, delta }: { before: string; after: string; delta?: string }) {
  const { t } = useTranslation();
  return (
    <span className="diff-was-now">
      {before ? (
        <del className="diff-del">
          <span className="visually-hidden">{t('versions.was')} </span>
          {before}
        </del>
      ) : null}
      {before && after ? <span aria-hidden="true"> → </span> : null}
      {after ? (
        <ins className="diff-ins">
          <span className="visually-hidden">{t('versions.now2')} </span>
          {after}
        </ins>
      ) : null}
      {delta ? <span className="diff-delta"> ({delta})</span> : null}
    </span>
  );
}

export type { FieldChange };
