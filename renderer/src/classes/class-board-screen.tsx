import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import {
  BOARD_COLUMNS,
  columnLabel,
  columnShortLabel,
  formatCell,
  formatMedianCell,
  isTextColumn,
  sortBoard,
  type BoardColumn,
  type SortDirection,
} from '../../../shared/class-board';
import type { ClassBoardView } from '../../../shared/contracts/class-views';
import type { AppError } from '../../../shared/contracts/result';
import { EmptyState } from '../components/empty-state';
import { AlertIcon, DocumentIcon } from '../components/icons';
import { errorText } from '../format/issues';
import { useLocale } from '../hooks/use-locale';
import { asTranslate } from '../i18n/as-translate';
import { getApi } from '../api';
import { routeHref } from '../routing/route';
import { exportBoard } from './board-export';
import { SideBySide } from './side-by-side';
import './classes.css';

/** Today on the user's calendar: the board's KPI checks count periods over where the trainer is. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

type Sort = { column: BoardColumn; direction: SortDirection };

/** Money in short form on screen, so all seventeen columns fit a 1280-pixel window; the cell's title has the whole sum. */
const COMPACT = { compact: true };

/**
 * The class board: one row per participant, every figure derived from their plan by shared/logic
 * (shared/class-board) when the board opens, the class's median underneath. Each heading is a
 * button that sorts by its column (again: the other way), so the keyboard sorts too.
 */
export function ClassBoardScreen({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const translate = useMemo(() => asTranslate(t), [t]);
  const [board, setBoard] = useState<ClassBoardView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [sort, setSort] = useState<Sort>({ column: 'author', direction: 'asc' });
  const [busy, setBusy] = useState(false);
  /** Participants ticked for the side-by-side view (2–4), and the ones being compared. */
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState<string[] | null>(null);

  const load = useCallback(async () => {
    const result = await getApi().invoke('classes.board', { classId, today: localToday() });
    if (result.ok) {
      setBoard(result.value);
      setError(null);
    } else setError(result.error);
  }, [classId]);

  useEffect(() => {
    void load();
  }, [load]);

  const rows = useMemo(() => (board ? sortBoard(board.rows, sort.column, sort.direction, locale) : []), [board, sort, locale]);

  function sortBy(column: BoardColumn) {
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'asc' ? 'desc' : 'asc' }));
  }

  async function exportAs(format: 'csv' | 'docx') {
    if (!board || busy) return;
    setBusy(true);
    try {
      await exportBoard({ classId, format, language: locale, today: localToday(), ...sort });
    } finally {
      setBusy(false);
    }
  }

  const name = board?.class.name ?? '';
  return (
    <main className="library class-board" aria-labelledby="class-board-title">
      <div className="library__inner class-board__inner">
        <nav className="class-board__back">
          <a href={routeHref({ name: 'library' })}>{t('classes.backToLibrary')}</a>
        </nav>
        <header className="page-header">
          <div className="page-header__titles">
            <h1 id="class-board-title" className="page-header__title">
              {board ? t('classes.boardTitle', { name }) : t('classes.board')}
            </h1>
            {board ? <p className="page-header__subtitle">{t('classes.classCount', { count: board.rows.length })}</p> : null}
          </div>
          {board && board.rows.length > 0 ? (
            <div className="page-header__actions">
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void exportAs('csv')}>
                {t('classes.exportCsv')}
              </button>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void exportAs('docx')}>
                {t('classes.exportWord')}
              </button>
            </div>
          ) : null}
        </header>

        {error ? (
          <div className="banner banner--danger" role="alert">
            <AlertIcon />
            <span>{errorText(error)}</span>
            <button type="button" className="button button--sm button--secondary" onClick={() => void load()}>
              {t('common.retry')}
            </button>
          </div>
        ) : null}

        {!board && !error ? <p className="loading-text">{t('common.loading')}</p> : null}
        {board && board.rows.length === 0 ? (
          <EmptyState icon={<DocumentIcon size={28} />} title={t('classes.board')} body={t('classes.boardEmpty')} />
        ) : null}
        {board && board.rows.length > 1 ? (
          <div className="class-board__compare-bar">
            <span>{t('classes.compareHint')}</span>
            <span aria-live="polite">{t('classes.compareCount', { count: picked.length })}</span>
            <button
              type="button"
              className="button button--secondary button--sm"
              disabled={picked.length < 2 || picked.length > 4}
              onClick={() => setComparing([...picked])}
            >
              {t('classes.compareButton')}
            </button>
          </div>
        ) : null}
        {board && board.rows.length > 0 ? (
          <div className="table-card class-board__card">
            <table className="board-table" aria-label={t('classes.boardLabel', { name })}>
              <thead>
                <tr>
                  {BOARD_COLUMNS.map((column) => {
                    const sorted = sort.column === column;
                    const full = columnLabel(column, translate);
                    return (
                      <th
                        key={column}
                        scope="col"
                        data-column={column}
                        className={isTextColumn(column) ? 'board-table__text' : 'board-table__num'}
                        aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        <button
                          type="button"
                          className="board-table__sort"
                          title={t('classes.sortBy', { column: full })}
                          onClick={() => sortBy(column)}
                        >
                          {column.startsWith('part.') ? <abbr title={full}>{columnShortLabel(column, translate)}</abbr> : full}
                          {sorted ? (
                            <span className="board-table__arrow" aria-hidden="true">
                              {sort.direction === 'asc' ? '▲' : '▼'}
                            </span>
                          ) : null}
                        </button>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.planId} data-plan-id={row.planId}>
                    {BOARD_COLUMNS.map((column) =>
                      column === 'author' ? (
                        <th key={column} scope="row" className="board-table__text board-table__author">
                          <input
                            type="checkbox"
                            className="board-table__pick"
                            aria-label={t('classes.compareSelect', { name: row.author || row.name })}
                            checked={picked.includes(row.planId)}
                            disabled={!picked.includes(row.planId) && picked.length >= 4}
                            onChange={(e) => setPicked((p) => (e.target.checked ? [...p, row.planId] : p.filter((id) => id !== row.planId)))}
                          />
                          {row.author || t('classes.noAuthor')}
                        </th>
                      ) : column === 'name' ? (
                        <td key={column} className="board-table__text board-table__name">
                          <a href={routeHref({ name: 'plan', planId: row.planId, section: 'details' })} title={row.name}>
                            {row.name}
                          </a>
                        </td>
                      ) : (
                        <td
                          key={column}
                          data-column={column}
                          className={`board-table__num num${column === 'problems' && row.problems > 0 ? ' board-table__bad' : ''}`}
                          title={formatCell(row, column, locale)}
                        >
                          {formatCell(row, column, locale, COMPACT)}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="board-table__median">
                  {BOARD_COLUMNS.map((column) =>
                    column === 'author' ? (
                      <th key={column} scope="row" className="board-table__text">
                        {t('classes.median')}
                      </th>
                    ) : (
                      <td key={column} data-column={column} className={isTextColumn(column) ? 'board-table__text' : 'board-table__num num'}>
                        {formatMedianCell(board.median, column, board.currency, locale, translate, COMPACT)}
                      </td>
                    ),
                  )}
                </tr>
              </tfoot>
            </table>
            {board.currency === null ? <p className="class-board__note">{t('classes.mixedCurrencies')}</p> : null}
          </div>
        ) : null}
        {comparing ? <SideBySide classId={classId} planIds={comparing} onClose={() => setComparing(null)} /> : null}
      </div>
    </main>
  );
}
