/**
 * CSV of the data table (RFC 4180): the table's rows as shown (its tab, its sort, the cell
 * texts in the UI language), with the record id as the first column so a row can be traced back
 * to the dataset.
 *
 * Decisions, written down because spreadsheets disagree:
 * - UTF-8 with a byte order mark. Excel reads a CSV without one in the machine's legacy code
 *   page and garbles every non-Latin name (Arabic, Ukrainian, Vietnamese); LibreOffice, Google
 *   Sheets, Numbers, pandas and R all skip the mark.
 * - Records end with CRLF, as RFC 4180 says; every field is quoted only when it must be
 *   (comma, quote, CR or LF), with quotes doubled.
 * - A cell that starts with `=`, `+`, `-` or `@` gets a leading apostrophe: spreadsheets would
 *   otherwise run it as a formula (CSV injection), and the data may come from anyone's file.
 *   Nothing is dropped: the apostrophe is added, never a character removed.
 * Pure.
 */
import type { Column, Row } from '../components/table/tableRows.ts';

export const CSV_BOM = '\ufeff';
const FORMULA_START = /^[=+\-@]/;

/** One field, quoted when RFC 4180 needs it, defused when a spreadsheet would run it. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * The table as CSV text (BOM included). `heading(key)` names a column (the table's own
 * headings); `idHeading` names the id column.
 */
export function tableCsv(
  columns: readonly Column[],
  rows: readonly Row[],
  heading: (key: string) => string,
  idHeading = 'id',
): string {
  const lines = [csvLine([idHeading, ...columns.map((c) => heading(c.key))])];
  for (const row of rows) lines.push(csvLine([row.id, ...row.cells]));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads CSV text back into records (RFC 4180, BOM skipped): for tests and round trips. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
