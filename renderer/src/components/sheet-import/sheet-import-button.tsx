import { useState } from 'react';
import type { ImportTable } from '../../../../shared/sheets/import-tables';
import { useTranslation } from '../../i18n/use-translation';
import { SheetImportDialog } from './sheet-import-dialog';

/** "Import from spreadsheet…" under a table the import writes (shared/sheets/import-tables), and its dialog. */
export function SheetImportButton({ table }: { table: ImportTable }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--sm button--secondary"
        data-sheet-import={table}
        aria-label={t('sheetImport.openNamed', { open: t('sheetImport.open'), table: t(`sheetImport.tables.${table}`) })}
        onClick={() => setOpen(true)}
      >
        {t('sheetImport.open')}
      </button>
      {open ? <SheetImportDialog table={table} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
