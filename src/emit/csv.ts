// Tables as CSV (RFC 4180, through csv-stringify): a header row, CRLF line ends, a field
// quoted when it holds a comma, a quote or a line break. Empty for null, `true`/`false`
// for booleans. A batch writes each table's header once and then the rows of every
// result, so the rows of one result come without a header.
import { stringify } from 'csv-stringify/sync';
import type { ParseResult } from '../schema/result.js';
import { tableNamed, type Row, type Table } from './tables.js';

const OPTIONS = {
  record_delimiter: 'windows',
  cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
} as const;

export const csvRows = (rows: readonly Row[]): string => (rows.length ? stringify(rows as Row[], OPTIONS) : '');

export const csvHeader = (table: Table): string => stringify([table.columns as string[]], OPTIONS);

/** The rows of the named tables for one result, as CSV without headers. */
export function tablesCsv(result: ParseResult, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const table = tableNamed(name);
    if (table) out[name] = csvRows(table.rows(result));
  }
  return out;
}
