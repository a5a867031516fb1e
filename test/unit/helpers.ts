// Helpers for the unit tests: build the input of a stage by running the stages before
// it, and write small synthetic minutes without repeating their boilerplate.
import { parse, type Document, type Item, type ParseResult } from '../../src/index.js';
import { normalise } from '../../src/normalise/normalise.js';
import { paragraphs, type Line, type Paragraph } from '../../src/text/line.js';

/** Normalised lines of a text. */
export const linesOf = (text: string): Line[] => normalise(text).lines;

/** The first normalised line of a text (for the one-line recognisers). */
export function lineOf(text: string): Line {
  const line = normalise(text).lines.find((l) => l.text !== '');
  if (!line) throw new Error(`no content line in ${JSON.stringify(text)}`);
  return line;
}

/** Paragraphs of a body text, as the decision finders take them. */
export const parasOf = (text: string): Paragraph[] => paragraphs(normalise(text).lines);

/** Parse a text and return the result, failing loudly if it is not valid. */
export function parseText(text: string): ParseResult {
  const r = parse(text, { path: 'unit.txt' });
  const fatal = r.warnings.find((w) => ['internal-error', 'empty-input', 'binary-input'].includes(w.code));
  if (fatal) throw new Error(`parse failed: ${fatal.code}: ${fatal.message}`);
  return r;
}

/** The only minutes / notice / notes document of a text. */
export function meetingDoc(text: string): Document {
  const docs = parseText(text).documents.filter((d) => d.kind !== 'other');
  if (docs.length !== 1) {
    throw new Error(`expected one meeting document, got ${docs.length}: ${JSON.stringify(docs.map((d) => [d.kind, d.title]))}`);
  }
  return docs[0]!;
}

/** Every item and sub-item of a document, depth first. */
export function allItems(doc: Document): Item[] {
  const out: Item[] = [];
  const walk = (items: readonly Item[]): void => {
    for (const it of items) {
      out.push(it);
      walk(it.subItems);
    }
  };
  walk(doc.items);
  return out;
}

/** The top-level item with this number. */
export function item(doc: Document, number: number): Item {
  const found = doc.items.find((it) => it.number === number);
  if (!found) throw new Error(`no § ${number} in ${JSON.stringify(doc.items.map((it) => [it.number, it.title]))}`);
  return found;
}

export const HEADER = [
  'PROTOKOLL',
  'Styrelsen, Samordningsförbundet Väst',
  'Datum: 2023-03-15',
  'Tid: kl. 13.00–15.30',
  'Plats: Kansliet, Uddevalla',
  '',
].join('\n');

export const MEMBERS = ['Beslutande', 'Anna Andersson (KD), Borås Stad, ordförande', 'Karin Lund (L), Region Skåne', 'Olle Ek (M), Lysekils kommun', ''].join('\n');

export const ITEMS = [
  '§ 1 Mötets öppnande',
  'Ordföranden öppnar mötet.',
  '',
  '§ 2 Val av justerare',
  'Karin Lund väljs till justerare.',
  '',
  '§ 3 Mötets avslutande',
  'Ordföranden avslutar mötet.',
  '',
].join('\n');

/** Synthetic minutes: header, participant lists, items, then whatever comes after. */
export const minutes = (parts: { header?: string; participants?: string; items?: string; after?: string }): string =>
  [parts.header ?? HEADER, parts.participants ?? MEMBERS, parts.items ?? ITEMS, parts.after ?? ''].join('\n');

/** One line of text per argument. */
export const text = (...lines: string[]): string => lines.join('\n') + '\n';

/** The roll of a short board's minutes whose front page holds these lines: name, role, organisation, party, position each. */
export const rollOf = (...lines: string[]): Array<[string, string, string | null, string | null, string | null]> =>
  meetingDoc(text('PROTOKOLL', 'Direktionen', 'Datum 2021-03-04', '', ...lines, '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.')).participants.map((p) => [
    p.name,
    p.role,
    p.organisation,
    p.party,
    p.position,
  ]);

/** An association's annual-meeting minutes whose first point is `first` (then the agenda's approval and the adjuster's election). */
export const annualMeetingWith = (first: string): string =>
  text('ÅRSMÖTESPROTOKOLL', 'Datum: 2024-04-18', 'Plats: Klubbhuset, Ekby', '', first, '2. Utskickad dagordning godkändes.', '3. Till justerare valdes Per Holm.');

/** The 1-based source line of the first line of `s` that contains `needle`. */
export function lineNo(s: string, needle: string): number {
  const i = s.split(/\r\n|\n|\r/).findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  return i + 1;
}

/**
 * Short minutes of an invented förbund board, members listed, two §§ (the second electing Per Ås to adjust),
 * with `rows` after them: where the signature tests put the signers' lines.
 */
export const minutesSignedWith = (...rows: string[]): Document =>
  meetingDoc(
    [
      'PROTOKOLL',
      '',
      'Samordningsförbundet Norrdal',
      'Styrelsen',
      '',
      'Datum: 2023-04-12',
      'Plats: Förbundets kontor, Norrby',
      '',
      'Närvarande:',
      'Anna Ek',
      'Per Ås',
      'Lisa Holm',
      '',
      '§ 1 Mötets öppnande',
      'Mötet öppnades.',
      '',
      '§ 2 Val av justerare',
      'Per Ås valdes att justera protokollet.',
      '',
      ...rows,
    ].join('\n') + '\n',
  );


/** The two §§ of the invented Åland minutes (Viksunds kommun, Nr 4/2023) the signer tests build: after the front page. */
export const VIKSUND_ITEMS = [
  '§ 45 Laglighet och beslutförhet',
  'Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.',
  '§ 46 Budget 2024',
  'Kommunstyrelsen godkänner budgeten.',
] as const;

/** Its front page in label and value columns, up to the §§' line: the signatures follow. */
export const VIKSUND_HEAD = [
  'VIKSUNDS KOMMUN                     PROTOKOLL                     Nr 4/2023',
  'Kommunstyrelsen',
  '',
  'Tid                14.3.2023 kl. 17.00–19.40',
  'Plats              Kommungården, sessionssalen',
  '',
  'Närvarande         Anna Holm, ordförande',
  '                   Carita Lind',
  '                   Dan Sjöberg',
  '',
  'Paragrafer         45–46',
  '',
  'Underskrifter',
] as const;

/** Its front page flattened onto one line by an archive, `signing` run on after `Paragrafer`, then its §§. */
/** The Viksund minutes with an adjusting's line of its own under the signers' rows (and lines after it), the posting's after them. */
export const viksundAdjusting = (adjusting: string, after: readonly string[] = []): Document =>
  meetingDoc(
    text(
      ...VIKSUND_HEAD,
      'Ordförande         Anna Holm',
      'Sekreterare        Ida Wik',
      adjusting,
      ...after,
      'Protokollet framlagt till påseende Viksund den',
      '',
      ...VIKSUND_ITEMS,
    ),
  );

export const viksundRunOn = (signing: string): Document =>
  meetingDoc(
    text(
      'VIKSUNDS KOMMUN PROTOKOLL Nr 4/2023 Kommunstyrelsen Sammanträdestid 14.3.2023 kl. 17.00 Sammanträdesplats Kommungården Beslutande x Holm, Anna, ordförande x Lind, Carita x Sjöberg, Dan Övriga närvarande x Wik, Ida, kommundirektör Paragrafer ' + signing,
      '',
      ...VIKSUND_ITEMS,
    ),
  );
