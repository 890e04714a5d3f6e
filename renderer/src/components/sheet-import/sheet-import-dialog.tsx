import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { Language } from '../../../../shared/domain';
import { localizeError, localizeIssue } from '../../../../shared/i18n/localize-issue';
import { rememberColumns, type RememberedColumns } from '../../../../shared/sheets/column-memory';
import {
  defaultMapping,
  headerText,
  normHeader,
  planImport,
  suggestSheet,
  type ColumnMapping,
  type ImportProblem,
  type InCell,
} from '../../../../shared/sheets/import-rows';
import { IMPORT_SPECS, mappableFields, type ImportTable } from '../../../../shared/sheets/import-tables';
import { buildPlanTables } from '../../../../shared/sheets/plan-tables';
import { asTranslate } from '../../i18n/as-translate';
import { useTranslation } from '../../i18n/use-translation';
import { useStore } from '../../state/store';
import { appTransport } from '../../state/transport';
import { Field } from '../field';
import { FormDialogFooter } from '../form-dialog-footer';
import { Modal } from '../modal';
import { columnLetter } from './file-base64';
import { readSheetFile, type SheetFile } from './read-sheet-file';
import './sheet-import.css';

const SHOWN_ROWS = 30;
const SHOWN_PROBLEMS = 50;

type Props = { table: ImportTable; onClose(): void };

function cellText(cell: InCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'object' ? cell.date : String(cell);
}

/**
 * Importing one of the plan's tables from a spreadsheet (issue: rows from .xlsx/.csv): choose a
 * file, pick its sheet, map each column to a field (remembered per plan and table), see every
 * refused cell in place before anything is written, then write all rows in one transaction as
 * one undo step (`upsertRows`). The checks are shared/sheets/import-rows, as on the command line.
 */
export function SheetImportDialog({ table, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const translate = useMemo(() => asTranslate(t), [t]);
  const plan = useStore((s) => s.plan);
  const fileId = useId();
  const sheetId = useId();
  const problemId = useId();
  const [file, setFile] = useState<SheetFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [remembered, setRemembered] = useState<RememberedColumns>({});
  const [busy, setBusy] = useState(false);
  const [writeError, setWriteError] = useState<string | null>(null);
  const planId = plan?.meta.id ?? null;

  useEffect(() => {
    if (!planId) return;
    // Edits still waiting for their pause go first: the import is checked against the plan as stored.
    void useStore.getState().flushEdits();
    let live = true;
    void appTransport.invoke('sheets.getColumns', { planId, table }).then((result) => {
      if (live && result.ok) setRemembered(result.value);
    });
    return () => {
      live = false;
    };
  }, [planId, table]);

  const rows = file?.sheets[sheetIndex]?.rows ?? null;
  const header = rows?.[0] ?? [];
  const width = rows ? rows.reduce((most, r) => Math.max(most, r.length), 0) : 0;

  /** Each field's name as the export writes it in the UI's language. */
  const fieldNames = useMemo(() => {
    if (!plan) return new Map<string, string>();
    const exported = buildPlanTables(plan, translate, i18n.language as Language).tables.find((x) => x.id === IMPORT_SPECS[table].sheet);
    return new Map(exported?.columns.map((c) => [c.key, c.header]) ?? []);
  }, [plan, translate, i18n.language, table]);

  const result = useMemo(() => (plan && rows ? planImport(plan, table, rows, mapping) : null), [plan, rows, table, mapping]);
  const problemsAt = useMemo(() => {
    const map = new Map<string, number>();
    result?.problems.forEach((p, i) => {
      if (p.columnIndex !== null && !map.has(`${p.row}:${p.columnIndex}`)) map.set(`${p.row}:${p.columnIndex}`, i);
    });
    return map;
  }, [result]);

  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The first refused cell is brought into the preview's view, however wide the sheet.
    const cell = scrollRef.current?.querySelector<HTMLElement>('td[aria-invalid="true"]');
    const box = scrollRef.current;
    if (!cell || !box) return;
    box.scrollLeft = Math.max(0, cell.offsetLeft - box.clientWidth / 2);
    box.scrollTop = Math.max(0, cell.offsetTop - box.clientHeight / 2);
  }, [problemsAt]);

  function pickSheet(next: SheetFile, index: number) {
    setSheetIndex(index);
    setMapping(plan ? defaultMapping(plan, table, next.sheets[index]?.rows[0] ?? [], remembered) : []);
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setReading(true);
    setFileError(null);
    setWriteError(null);
    const read = await readSheetFile(chosen, translate);
    setReading(false);
    if (!read.ok) {
      setFile(null);
      setFileError(read.message);
      return;
    }
    setFile(read.file);
    pickSheet(
      read.file,
      suggestSheet(
        read.file.sheets.map((s) => s.name),
        table,
      ),
    );
  }

  function chooseField(column: number, field: string | null) {
    // A field fills one column: choosing it here leaves it out where it was.
    setMapping((current) => {
      const next = Array.from({ length: width }, (_, i) =>
        i === column ? field : field !== null && current[i] === field ? null : (current[i] ?? null),
      );
      return next;
    });
  }

  function problemText(p: ImportProblem): string {
    const reason = localizeIssue(p, translate);
    if (p.row === 0) return t('sheetImport.problemKpi', { column: p.column ?? '', reason });
    if (p.column) return t('sheetImport.problemAt', { row: p.row, column: p.column, reason });
    return t('sheetImport.problemRow', { row: p.row, reason });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!result || !file || !planId || result.problems.length > 0 || result.changes.length === 0 || busy) return;
    setBusy(true);
    setWriteError(null);
    const store = useStore.getState();
    const written = await store.upsertRows(result.changes.map(({ collection, row }) => ({ collection, row })));
    if (!written.ok) {
      setBusy(false);
      setWriteError(localizeError(written.error, translate));
      return;
    }
    const headers = header.slice(0, width).map((cell) => normHeader(headerText(cell)));
    void appTransport.invoke('sheets.setColumns', { planId, table, columns: rememberColumns(remembered, headers, mapping) });
    const added = result.changes.filter((c) => c.added).length;
    store.showToast({ message: t('sheetImport.imported', { file: file.fileName, changed: result.changes.length - added, added }) });
    onClose();
  }

  const tableName = t(`sheetImport.tables.${table}`);
  const fields = mappableFields(table);
  const problems = result?.problems ?? [];
  const added = result?.changes.filter((c) => c.added).length ?? 0;
  const ready = result !== null && problems.length === 0 && result.changes.length > 0;

  return (
    <Modal title={t('sheetImport.title', { table: tableName })} description={t('sheetImport.description')} onClose={onClose} size="xl">
      <form className="form sheet-import-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="modal__body sheet-import">
          <div className="sheet-import__choices">
            <Field id={fileId} label={t('sheetImport.file')} error={fileError} hint={reading ? t('sheetImport.reading') : undefined}>
              <input
                id={fileId}
                type="file"
                className="input"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                data-autofocus
                onChange={(e) => void chooseFile(e)}
              />
            </Field>
            {file && file.sheets.length > 0 ? (
              <Field id={sheetId} label={t('sheetImport.sheet')}>
                <select id={sheetId} className="input" value={sheetIndex} onChange={(e) => pickSheet(file, Number(e.target.value))}>
                  {file.sheets.map((s, i) => (
                    <option key={i} value={i}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
          </div>

          {rows && width > 0 ? (
            <>
              <p className="field__hint">{t('sheetImport.mappingHint')}</p>
              <div className="sheet-import__scroll" ref={scrollRef}>
                <table className="sheet-import__table" aria-label={t('sheetImport.preview')}>
                  <thead>
                    <tr className="sheet-import__mapping">
                      <th scope="col">{t('sheetImport.row')}</th>
                      {Array.from({ length: width }, (_, i) => {
                        const id = `${sheetId}-map-${i}`;
                        const text = headerText(header[i]);
                        return (
                          <th scope="col" key={i}>
                            <label htmlFor={id} className="sheet-import__column-label">
                              <span className="sheet-import__letter">{t('sheetImport.column', { letter: columnLetter(i) })}</span>
                              {text ? <span className="sheet-import__header">{text}</span> : null}
                            </label>
                            <select
                              id={id}
                              className="input sheet-import__select"
                              value={mapping[i] ?? ''}
                              data-column={i}
                              onChange={(e) => chooseField(i, e.target.value === '' ? null : e.target.value)}
                            >
                              <option value="">{t('sheetImport.leaveOut')}</option>
                              {fields.map((field) => (
                                <option key={field} value={field}>
                                  {fieldNames.get(field) ?? field}
                                </option>
                              ))}
                            </select>
                          </th>
                        );
                      })}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, SHOWN_ROWS + 1).map((cells, r) => (
                      <tr key={r} className={r === 0 ? 'sheet-import__header-row' : undefined}>
                        <th scope="row">{r + 1}</th>
                        {Array.from({ length: width }, (_, c) => {
                          const problem = problemsAt.get(`${r + 1}:${c}`);
                          return (
                            <td
                              key={c}
                              className={
                                [mapping[c] ? '' : 'sheet-import__cell--out', problem !== undefined ? 'sheet-import__cell--error' : '']
                                  .filter(Boolean)
                                  .join(' ') || undefined
                              }
                              aria-invalid={problem !== undefined ? true : undefined}
                              aria-describedby={problem !== undefined ? `${problemId}-${problem}` : undefined}
                              data-cell={`${r + 1}:${c}`}
                              title={problem !== undefined ? problemText(problems[problem]!) : undefined}
                            >
                              {cellText(cells[c])}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {rows.length - 1 > SHOWN_ROWS ? (
                <p className="field__hint">{t('sheetImport.rowsShown', { shown: SHOWN_ROWS, count: rows.length - 1 })}</p>
              ) : null}
            </>
          ) : null}

          {problems.length > 0 ? (
            <div className="sheet-import__problems" role="alert">
              <p>{t('sheetImport.problemsTitle', { count: problems.length })}</p>
              <ul>
                {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                  <li key={i} id={`${problemId}-${i}`}>
                    {problemText(p)}
                  </li>
                ))}
              </ul>
              {problems.length > SHOWN_PROBLEMS ? <p>{t('sheetImport.moreProblems', { count: problems.length - SHOWN_PROBLEMS })}</p> : null}
            </div>
          ) : null}
          {result && problems.length === 0 ? (
            <p className="sheet-import__summary" role="status">
              {result.changes.length === 0
                ? t('sheetImport.nothing')
                : t('sheetImport.summary', { changed: result.changes.length - added, added, unchanged: result.unchanged })}
            </p>
          ) : null}
          {writeError ? (
            <p className="field__error" role="alert">
              {writeError}
            </p>
          ) : null}
        </div>
        <FormDialogFooter submitLabel={t('sheetImport.import')} busy={!ready || busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
