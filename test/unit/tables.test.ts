// The flat tables of --format csv: every table of every fixture round-trips through a CSV
// parser with as many rows as the ParseResult holds, the keys join, and the columns are
// the ones the README documents.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, tablesCsv } from '../../src/emit/csv.js';
import { TABLE_NAMES, TABLES, tableNamed } from '../../src/emit/tables.js';
import { parse, type Item, type ParseResult } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const results = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parse(readFileSync(join(root, 'fixtures', f)), { path: `fixtures/${f}` }));

const walk = (items: readonly Item[]): Item[] => items.flatMap((i) => [i, ...walk(i.subItems)]);
const allItems = (r: ParseResult) => r.documents.flatMap((d) => walk(d.items));

/** A table of one result as records, read back by csv-parse from its CSV with the header. */
function readBack(name: string, result: ParseResult): Record<string, string>[] {
  const table = tableNamed(name)!;
  const text = csvHeader(table) + tablesCsv(result, [name])[name];
  const records = parseCsv(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  const header = (parseCsv(csvHeader(table)) as string[][])[0];
  expect(header).toEqual(table.columns);
  return records;
}

const EXPECTED_COUNTS: Record<string, (r: ParseResult) => number> = {
  documents: (r) => r.documents.length,
  participants: (r) => r.documents.reduce((n, d) => n + d.participants.length, 0),
  items: (r) => allItems(r).length,
  decisions: (r) => allItems(r).reduce((n, i) => n + i.decisions.length, 0),
  signatures: (r) =>
    r.documents.reduce((n, d) => n + (d.signatures ? d.signatures.chair.length + d.signatures.secretary.length + d.signatures.adjusters.length + d.signatures.signedAt.length : 0), 0),
  votes: (r) => allItems(r).reduce((n, i) => n + i.votes.length, 0),
  reservations: (r) => allItems(r).reduce((n, i) => n + i.reservations.length, 0),
};

describe('tables', () => {
  it('round-trip every table of every fixture with the rows the ParseResult holds', () => {
    for (const r of results) {
      for (const name of TABLE_NAMES) {
        const records = readBack(name, r);
        expect(records.length, `${r.source.path} ${name}`).toBe(EXPECTED_COUNTS[name]!(r));
        for (const rec of records) expect(rec.file).toBe(r.source.path);
      }
    }
    // the fixtures hold all of it: sub-items, decisions, e-signatures
    const total = (name: string) => results.reduce((n, r) => n + EXPECTED_COUNTS[name]!(r), 0);
    expect(total('items')).toBeGreaterThan(results.reduce((n, r) => n + r.documents.reduce((m, d) => m + d.items.length, 0), 0));
    expect(TABLE_NAMES.map(total).every((n) => n > 0)).toBe(true);
  });

  it('carry the values through, text with commas, quotes and line breaks included', () => {
    for (const r of results) {
      const items = readBack('items', r);
      expect(items.map((i) => i.title)).toEqual(allItems(r).map((i) => i.title));
      const decisions = readBack('decisions', r);
      expect(decisions.map((d) => d.text)).toEqual(allItems(r).flatMap((i) => i.decisions.map((d) => d.text)));
      const documents = readBack('documents', r);
      expect(documents.map((d) => d.date)).toEqual(r.documents.map((d) => d.meeting?.date ?? ''));
      expect(documents.map((d) => d.remote)).toEqual(r.documents.map((d) => (d.meeting?.remote == null ? '' : String(d.meeting.remote))));
    }
    const nasty = 'Budget, "ny" plan\r\nrad två\nrad tre';
    const text = csvRows([['a', nasty, null, true, 3]]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', nasty, '', 'true', '3']]);
  });

  it('join: every decision names an item of its document, every sub-item its parent', () => {
    for (const r of results) {
      const items = readBack('items', r);
      const keys = new Set(items.map((i) => `${i.file}|${i.document}|${i.item}`));
      expect(keys.size).toBe(items.length);
      for (const d of readBack('decisions', r)) expect(keys.has(`${d.file}|${d.document}|${d.item}`)).toBe(true);
      for (const i of items.filter((x) => x.parent !== '')) expect(keys.has(`${i.file}|${i.document}|${i.parent}`)).toBe(true);
      const docs = new Set(readBack('documents', r).map((d) => `${d.file}|${d.document}`));
      for (const name of ['participants', 'items', 'signatures']) for (const x of readBack(name, r)) expect(docs.has(`${x.file}|${x.document}`)).toBe(true);
    }
  });

  it('are the seven tables, in the order --out writes them', () => {
    expect(TABLES.map((t) => t.name)).toEqual(['documents', 'participants', 'items', 'decisions', 'signatures', 'votes', 'reservations']);
    expect(TABLE_NAMES).toEqual(TABLES.map((t) => t.name));
  });

  it('read votes and reservations from items that have them (a hand-built result)', () => {
    const base = structuredClone(results.find((r) => allItems(r).some((i) => i.subItems.length > 0))!);
    const doc = base.documents.find((d) => d.items.some((i) => i.subItems.length > 0))!;
    const parent = doc.items.find((i) => i.subItems.length > 0)!;
    const sub = parent.subItems[0]!;
    sub.votes = [
      { yes: 8, no: 5, abstain: 2, proposition: 'bifall till förslaget', line: 10, roll: [] },
      { yes: null, no: null, abstain: null, proposition: null, line: 12, roll: [] },
    ];
    sub.reservations = [{ by: ['Anna Ek', 'Per Berg'], parties: ['M', 'KD'], text: 'till förmån för eget yrkande', line: 14 }];
    const read = (name: string) => {
      const table = tableNamed(name)!;
      return parseCsv(csvHeader(table) + csvRows(table.rows(base)), { columns: true }) as Record<string, string>[];
    };
    const items = read('items');
    const key = items.find((i) => i.title === sub.title && i.parent !== '')!.item;
    expect(read('votes')).toEqual([
      { file: base.source.path, document: String(base.documents.indexOf(doc) + 1), item: key, vote: '1', yes: '8', no: '5', abstain: '2', proposition: 'bifall till förslaget', line: '10' },
      { file: base.source.path, document: String(base.documents.indexOf(doc) + 1), item: key, vote: '2', yes: '', no: '', abstain: '', proposition: '', line: '12' },
    ]);
    expect(read('reservations')).toEqual([
      { file: base.source.path, document: String(base.documents.indexOf(doc) + 1), item: key, reservation: '1', by: 'Anna Ek; Per Berg', parties: 'M; KD', text: 'till förmån för eget yrkande', line: '14' },
    ]);
  });

  it('have the columns the README documents, in that order', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const t of TABLES) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${t.name}\` |`));
      expect(row, `README has no row for the ${t.name} table`).toBeDefined();
      const columns = row!.split('|')[2]!.trim().split(', ').map((c) => c.replace(/`/g, ''));
      expect(columns, t.name).toEqual(t.columns);
    }
  });
});
