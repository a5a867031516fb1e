// A ParseResult as flat tables for spreadsheets and databases: one row per document,
// participant, item (sub-items included), decision, signature, vote and reservation.
// Every row starts with the keys that join the tables: `file` (the source path) and
// `document` (the document's place in its file, from 1), and below a document `item`
// (the item's place in its document, sub-items counted in order after their parent,
// from 1). Column order is part of the contract: new columns are added at the end.
import type { Document, Item, ParseResult } from '../schema/result.js';

export type Cell = string | number | boolean | null;
export type Row = Cell[];

export interface Table {
  name: string;
  columns: readonly string[];
  rows(result: ParseResult): Row[];
}

/** Several values in one cell: `1; 2; 4`. */
const joined = (values: readonly string[]): string | null => (values.length ? values.join('; ') : null);

/** An item with its key and its parent's, in document order. */
interface Placed {
  item: Item;
  key: number;
  parent: number | null;
}

function placed(d: Document): Placed[] {
  const out: Placed[] = [];
  const walk = (items: readonly Item[], parent: number | null): void => {
    for (const item of items) {
      const key = out.length + 1;
      out.push({ item, key, parent });
      walk(item.subItems, key);
    }
  };
  walk(d.items, null);
  return out;
}

/** One row per document, with its keys in front. */
const perDocument = (result: ParseResult, row: (d: Document) => Row[]): Row[] =>
  result.documents.flatMap((d, i) => row(d).map((r) => [result.source.path, i + 1, ...r]));

/** One row per item (and sub-item), with its keys in front. */
const perItem = (result: ParseResult, row: (it: Item) => Row[]): Row[] =>
  perDocument(result, (d) => placed(d).flatMap((p) => row(p.item).map((r) => [p.key, ...r])));

const DOCUMENT_KEYS = ['file', 'document'] as const;
const ITEM_KEYS = [...DOCUMENT_KEYS, 'item'] as const;

const ALL: readonly Table[] = [
  {
    name: 'documents',
    columns: [
      ...DOCUMENT_KEYS, 'kind', 'title', 'organisation', 'body', 'date', 'start_time', 'end_time', 'location', 'remote', 'number',
      'paragraphs_from', 'paragraphs_to', 'adjusted_on', 'posted_from', 'posted_to', 'stored_at', 'line_start', 'line_end', 'warnings',
    ],
    rows: (result) =>
      perDocument(result, (d) => {
        const m = d.meeting;
        const s = d.signatures;
        return [[
          d.kind, d.title, m?.organisation ?? null, m?.body ?? null, m?.date ?? null, m?.startTime ?? null, m?.endTime ?? null,
          m?.location ?? null, m?.remote ?? null, m?.number ?? null, m?.paragraphs?.from ?? null, m?.paragraphs?.to ?? null,
          s?.adjustedOn ?? null, s?.posted?.from ?? null, s?.posted?.to ?? null, s?.storedAt ?? null,
          d.lines.start, d.lines.end, joined(d.warnings.map((w) => w.code)),
        ]];
      }),
  },
  {
    name: 'participants',
    columns: [
      ...DOCUMENT_KEYS, 'name', 'role', 'role_label', 'organisation', 'party', 'position', 'paragraphs_from', 'paragraphs_to',
      'substitute_for', 'note', 'line',
    ],
    rows: (result) =>
      perDocument(result, (d) =>
        d.participants.map((p) => [
          p.name, p.role, p.roleLabel, p.organisation, p.party, p.position, p.paragraphs?.from ?? null, p.paragraphs?.to ?? null,
          p.substituteFor, p.note, p.line,
        ]),
      ),
  },
  {
    name: 'items',
    columns: [
      ...ITEM_KEYS, 'parent', 'number', 'label', 'title', 'section', 'type', 'presenter', 'proposal', 'case_number', 'outcome',
      'attachments', 'decisions', 'line_start', 'line_end',
    ],
    rows: (result) =>
      perDocument(result, (d) =>
        placed(d).map(({ item: it, key, parent }) => {
          return [
            key, parent, it.number, it.label, it.title, it.section, it.type, it.presenter, it.proposal, it.caseNumber,
            it.outcome, joined(it.attachments), it.decisions.length, it.lines.start, it.lines.end,
          ];
        }),
      ),
  },
  {
    name: 'decisions',
    columns: [...ITEM_KEYS, 'decision', 'text', 'by', 'line'],
    rows: (result) => perItem(result, (it) => it.decisions.map((x, i) => [i + 1, x.text, x.by, x.line])),
  },
  {
    name: 'signatures',
    columns: [...DOCUMENT_KEYS, 'role', 'name', 'signed_at'],
    rows: (result) =>
      perDocument(result, (d) => {
        const s = d.signatures;
        if (!s) return [];
        return [
          ...s.chair.map((n): Row => ['chair', n, null]),
          ...s.secretary.map((n): Row => ['secretary', n, null]),
          ...s.adjusters.map((n): Row => ['adjuster', n, null]),
          ...s.signedAt.map((e): Row => ['e-signature', e.name, e.at]),
        ];
      }),
  },
  {
    name: 'votes',
    columns: [...ITEM_KEYS, 'vote', 'yes', 'no', 'abstain', 'proposition', 'line'],
    rows: (result) => perItem(result, (it) => it.votes.map((v, i) => [i + 1, v.yes, v.no, v.abstain, v.proposition, v.line])),
  },
  {
    name: 'reservations',
    columns: [...ITEM_KEYS, 'reservation', 'by', 'parties', 'text', 'line'],
    rows: (result) =>
      perItem(result, (it) => it.reservations.map((r, i) => [i + 1, joined(r.by), joined(r.parties), r.text, r.line])),
  },
];

/** Every table, in the order `--out` writes them. */
export const TABLES: readonly Table[] = ALL;

export const TABLE_NAMES: readonly string[] = TABLES.map((t) => t.name);

export const tableNamed = (name: string): Table | undefined => ALL.find((t) => t.name === name);
