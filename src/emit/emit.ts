// Stage 8: a ParseResult as text. JSON (2-space), YAML, or NDJSON (one line per result);
// or as rows of flat tables in CSV (tables.ts, csv.ts), which a batch gathers per table.
import type { ParseResult } from '../schema/result.js';

export const FORMATS = ['json', 'yaml', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats that give one text per result. */
export type DocumentFormat = Exclude<Format, 'csv'>;

export const EXTENSIONS: Readonly<Record<Format, string>> = { json: '.json', yaml: '.yaml', ndjson: '.json', csv: '.csv' };

export async function emit(result: ParseResult | Record<string, unknown>, format: DocumentFormat): Promise<string> {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'ndjson':
      return JSON.stringify(result) + '\n';
    case 'yaml': {
      // loaded on demand: `finsam parse` in JSON never pays for the YAML library. Written
      // for YAML 1.1 readers too (PyYAML, libyaml): a time `12:00`, a date or `yes` is
      // quoted there, where it would otherwise turn into a number, a date or a boolean
      const { stringify } = await import('yaml');
      return stringify(result, { lineWidth: 0, version: '1.1' });
    }
  }
}
