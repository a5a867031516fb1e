// split and detect: one file → documents (a kallelse, the protokoll, appendices, a letter,
// a signing certificate), each with its kind and title; a trailing PDF outline apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/detect/kind.js';
import { splitDocuments } from '../../src/split/split.js';
import { kindOfTitle, kindTitle, looksLikeName } from '../../src/split/titles.js';
import { ITEMS, MEMBERS, lineNo, lineOf, linesOf, minutes, parseText, text } from './helpers.js';

/** [kind, title, first line, last line] of every document of a text. */
function documents(s: string): [string, string | null, number, number][] {
  const lines = linesOf(s);
  return splitDocuments(lines).documents.map((span) => {
    const d = detectKind(lines, span);
    return [d.kind, d.title, lines[d.start]!.no, lines[d.end - 1]!.no];
  });
}

const KALLELSE = text(
  '2020-11-23',
  '',
  'KALLELSE',
  'FÖREDRAGNINGSLISTA',
  '',
  'Styrelsens sammanträde 2020-11-27, klockan 08.30 – 12.00',
  '',
  '1. Mötets öppnande',
  '2. Val av justerare',
  '3. Mötets avslutande',
);

const SIGNED = text(
  '',
  'Sekreterare                 Ordförande                  Justerare',
  '',
  '.....................       .....................       .....................',
  'Stina Berg                  Anna Andersson              Karin Lund',
);

describe('splitDocuments + detectKind', () => {
  it('reads one protokoll as one minutes document', () => {
    const s = minutes({});
    expect(documents(s)).toEqual([['minutes', 'PROTOKOLL', 1, lineNo(s, 'Ordföranden avslutar mötet.')]]);
  });

  it('splits a kallelse, the protokoll, and a verksamhetsplan after it', () => {
    const s = [KALLELSE, '', '', minutes({ after: SIGNED }), '', '', 'Verksamhetsplan 2021-2023', ' 1. Inledning', '', 'Samordningsförbundet bildades i maj 2005.', ''].join('\n');
    expect(documents(s)).toEqual([
      ['notice', 'KALLELSE FÖREDRAGNINGSLISTA', 1, lineNo(s, '3. Mötets avslutande')],
      ['minutes', 'PROTOKOLL', lineNo(s, 'PROTOKOLL'), lineNo(s, 'Stina Berg ')],
      ['other', 'Verksamhetsplan 2021-2023', lineNo(s, 'Verksamhetsplan'), lineNo(s, 'bildades i maj')],
    ]);
  });

  it('keeps a `Föredragningslista` or `Dagordning` heading under a KALLELSE in the same notice', () => {
    const a = text('KALLELSE', 'Styrelsen, Samordningsförbundet Väst', 'Datum: 2023-03-15 kl. 9.00', '', 'Föredragningslista', '', '1. Mötets öppnande', '2. Val av justerare', '3. Budget 2024 – Beslut');
    expect(documents(a).map((d) => d[0])).toEqual(['notice']);
    const r = parseText(a);
    expect(r.documents[0]).toMatchObject({ kind: 'notice', title: 'KALLELSE', meeting: { date: '2023-03-15', startTime: '09:00' } });
    expect(r.documents[0]!.items.map((it) => it.title)).toEqual(['Mötets öppnande', 'Val av justerare', 'Budget 2024']);

    const b = text('KALLELSE TILL STYRELSEMÖTE', 'Samordningsförbundet Väst', 'Onsdag 15 mars 2023 kl. 9.00–12.00', 'Plats: Kansliet, Uddevalla', '', 'Dagordning', '1. Mötets öppnande', '2. Val av justerare');
    expect(documents(b).map((d) => d[0])).toEqual(['notice']);
  });

  it('keeps a running page header that repeats the title inside the document', () => {
    const s = minutes({ items: text('§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'PROTOKOLL', '', '§ 2 Mötets avslutande', 'Ordföranden avslutar mötet.') });
    expect(documents(s).map((d) => d[0])).toEqual(['minutes']);
  });

  it('splits off a letter after closed minutes', () => {
    const s = minutes({ after: SIGNED + text('', '', '', 'Hej alla ledamöter,', '', 'Här kommer protokollet.', '', 'Med vänliga hälsningar', 'Stina') });
    expect(documents(s).map((d) => [d[0], d[1]])).toEqual([
      ['minutes', 'PROTOKOLL'],
      ['other', null],
    ]);
  });

  it('splits off a signing certificate, which runs to the end', () => {
    const s = minutes({ after: SIGNED + text('', '', 'Certification', '', 'Anna Andersson', 'Signer', 'Signed at', '2023-03-20 10:11:12', '', 'Verifikat') });
    expect(documents(s).map((d) => [d[0], d[1]])).toEqual([
      ['minutes', 'PROTOKOLL'],
      ['other', 'Certification'],
    ]);
  });

  it('detects untitled minutes, notes and notices from their words', () => {
    expect(documents([text('Samordningsförbundet Väst', 'Styrelsemöte 2023-03-15', ''), MEMBERS, ITEMS].join('\n'))[0]![0]).toBe('minutes');
    expect(documents(text('Protokoll fört vid sammanträde med arbetsutskottet', 'Datum: 230531', '', '§23 Godkännande av dagordning', 'Text.'))[0]![0]).toBe('minutes');
    expect(documents(text('Minnesanteckningar från beredningsgruppen', '2023-05-04', '', '1. Inledning', 'Text.'))[0]![0]).toBe('notes');
    expect(documents(text('Styrelsen kallas härmed till sammanträde', '2023-05-04', '', '1. Mötets öppnande', '2. Val av justerare'))[0]![0]).toBe('notice');
    expect(documents(text('Lite text om något annat.', 'Och lite till.'))[0]![0]).toBe('other');
  });

  it("reads an untitled web page's agenda as a notice: a date and numbered points, nothing decided", () => {
    // `föregående protokoll` on it names other minutes: it makes the page no minutes
    const page = text('Sammanträde 2023-05-17', '', 'Datum', '2023-05-17', 'Plats', 'Norrdalssalen', '', '1 Val av justerare', 'Anmälan av föregående protokoll', '', '2 Budgetuppföljning april', '', '3 Delegationsbeslut');
    expect(documents(page)[0]![0]).toBe('notice');
    // the same points with what was decided are minutes' (or at least no agenda)
    const decided = page.replace('3 Delegationsbeslut', '3 Delegationsbeslut\nRedovisningen läggs till handlingarna.');
    expect(documents(decided)[0]![0]).not.toBe('notice');
  });

  it('returns a trailing PDF outline apart', () => {
    const s = minutes({}) + '\n\tProtokoll 2023-03-15.pdf\n\tBilaga 1 Budget.pdf\n\tBilaga 2 Plan.pdf\n';
    const lines = linesOf(s);
    const split = splitDocuments(lines);
    expect(split.documents).toHaveLength(1);
    expect(lines[split.outline[0]!]!.text).toBe('Protokoll 2023-03-15.pdf');
    expect(parseText(s).outline).toEqual(['Protokoll 2023-03-15.pdf', 'Bilaga 1 Budget.pdf', 'Bilaga 2 Plan.pdf']);
  });

  it.each(['000-sjuharad-medlemssamrad-2020', '001-sjuharad-medlemssamrad-2018', '003-kalmar-au-2023'])(
    'finds each of three untitled minutes joined into one file: %s',
    (name) => {
      const one = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', `${name}.txt`), 'utf8');
      const single = parseText(one).documents[0]!;
      const docs = parseText([one, one, one].join('\n\n\n\n')).documents;
      expect(docs.map((d) => [d.kind, d.items.length, d.participants.length])).toEqual(
        Array(3).fill([single.kind, single.items.length, single.participants.length]),
      );
    },
  );

  it('finds every document of the five seeds joined in any order', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures');
    const names = ['000-sjuharad-medlemssamrad-2020', '001-sjuharad-medlemssamrad-2018', '002-skaraborg-styrelse-2024', '003-kalmar-au-2023', '004-umea-kallelse-protokoll-2020'];
    const kinds = (t: string): string[] => parseText(t).documents.map((d) => d.kind);
    const alone = names.map((n) => kinds(readFileSync(join(dir, `${n}.txt`), 'utf8')));
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 0, 3, 2, 4], [2, 0, 4, 1, 3]]) {
      const joined = order.map((k) => readFileSync(join(dir, `${names[k]}.txt`), 'utf8')).join('\n\n');
      expect(kinds(joined), order.join(',')).toEqual(order.flatMap((k) => alone[k]!));
    }
  });

  it('titles a file that is another kind of document alone by its first heading', () => {
    expect(documents(text('Verksamhetsplan 2024', '', '1. Inledning', '', 'Förbundet arbetar med samordnad rehabilitering.'))).toEqual([
      ['other', 'Verksamhetsplan 2024', 1, 5],
    ]);
  });

  it('returns an outline between two joined files apart', () => {
    const outline = '\n\n\n\tKallelse 2023-03-01.pdf\n\tProtokoll 2023-03-15.pdf\n\tBilaga 1 Budget.pdf\n\n\n\n';
    const s = minutes({}) + outline + minutes({});
    const r = parseText(s);
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'minutes']);
    expect(r.outline).toEqual(['Kallelse 2023-03-01.pdf', 'Protokoll 2023-03-15.pdf', 'Bilaga 1 Budget.pdf']);
  });
});

describe('titles', () => {
  it.each<[string, string]>([
    ['PROTOKOLL', 'minutes'],
    ['PROTOKOLL 6', 'minutes'],
    ['# PROTOKOLL 6', 'minutes'],
    ['Protokoll nr 3/2023', 'minutes'],
    ['KALLELSE', 'notice'],
    ['Kallelse 2024-02-01', 'notice'],
    ['FÖREDRAGNINGSLISTA', 'notice'],
    ['DAGORDNING', 'notice'],
    ['MINNESANTECKNINGAR', 'notes'],
    ['SAMMANTRÄDESPROTOKOLL', 'minutes'],
    ['DIREKTIONSPROTOKOLL', 'minutes'],
    ['Snabbprotokoll', 'minutes'],
    ['Lista över ärenden', 'notice'],
  ])('%j is a %s title', (input, kind) => {
    expect(kindTitle(lineOf(input))?.kind).toBe(kind);
  });

  it.each<[string, string]>([
    ['SAMMANTRÄDESPROTOKOLL               1 (6)', 'SAMMANTRÄDESPROTOKOLL'],
    ['KALLELSE          Sida 1 av 3', 'KALLELSE'],
    ['PROTOKOLL          1 [6]', 'PROTOKOLL'],
    ['PROTOKOLL 6', 'PROTOKOLL 6'],
  ])('%j is titled %j: a page count in a column of its own is no part of the title', (input, title) => {
    expect(kindTitle(lineOf(input))?.text).toBe(title);
  });

  it.each(['Protokoll från arbetsutskott 230303 har varit utsänt.', 'Protokollet förvaras på kansliet.', 'Föregående protokoll (bilaga 1)'])('%j is no title', (input) => {
    expect(kindTitle(lineOf(input))).toBeNull();
  });

  it('kindOfTitle and looksLikeName', () => {
    expect(kindOfTitle('Kallelse och föredragningslista')).toBe('notice');
    expect(kindOfTitle('Verksamhetsplan 2024')).toBeNull();
    expect(looksLikeName('Anna Andersson')).toBe(true);
    expect(looksLikeName('Ann-Sofie Lövgren')).toBe(true);
    expect(looksLikeName('Anna Andersson (S)')).toBe(true);
    expect(looksLikeName('Mötets öppnande')).toBe(false);
    expect(looksLikeName('Anna')).toBe(false);
  });
});
