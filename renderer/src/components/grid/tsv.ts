/**
 * Tab-separated text as Excel, Numbers and Google Sheets put it on the clipboard: cells split by
 * tabs, rows by line breaks, a cell holding a tab, a line break or a quote wrapped in quotes with
 * its quotes doubled. The trailing line break Excel adds does not make an extra empty row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const input = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < input.length) {
    const ch = input[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let quoted = '';
      let closed = false;
      while (j < input.length) {
        if (input[j] === '"') {
          if (input[j + 1] === '"') {
            quoted += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        quoted += input[j];
        j++;
      }
      if (closed && (j === input.length || input[j] === '\t' || input[j] === '\n')) {
        cell = quoted;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: the quote is just a character.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function quoteCell(cell: string): string {
  return /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The inverse of parseTsv: what a spreadsheet pastes back as the same cells. */
export function toTsv(rows: string[][]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\n');
}

/** True when pasted text is more than one cell (a tab or a line break inside). */
export function isMultiCell(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}
