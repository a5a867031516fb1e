// Layouts met in sweep 7 over association and federation minutes: a numbered point's title
// with its body on the very next line, decisions written as bare `att` clauses, and the
// meeting's chair elected with the office first. Invented texts in the same layouts.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

// a board's minutes posted as a web page: `1. Title` and its one-line body, a blank line between points
const POINTS_WITH_BODY_BELOW = [
  'Protokoll styrelsemöte 2019-05-12',
  '',
  'Närvarande: Hugo Lindgren, Siv Åberg, Pia Norell',
  '',
  '1. Ordförande öppnar mötet',
  'Ordförande Hugo Lindgren öppnade mötet',
  '',
  '2. Godkännande av föredragningslista',
  'Föredragningslistan godkändes',
  '',
  '3. Godkännande av verksamhetsberättelse 2018',
  'Beslut: Godkändes och lades till handlingarna',
  '',
  '4. Grundläggande granskning av gemensamma nämnder',
  'Region Norrdal',
  '',
  'Revisorerna noterar informationen.',
].join('\n');

describe('a point whose body stands on the line right under its title', () => {
  it('keeps the body out of the title and reads its decision', () => {
    const doc = meetingDoc(POINTS_WITH_BODY_BELOW);
    expect(item(doc, 1).title).toBe('Ordförande öppnar mötet');
    expect(item(doc, 2).title).toBe('Godkännande av föredragningslista');
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['Föredragningslistan godkändes']);
    expect(item(doc, 3).title).toBe('Godkännande av verksamhetsberättelse 2018');
    expect(item(doc, 3).decisions.map((d) => d.text)).toEqual(['Godkändes och lades till handlingarna']);
  });

  it('still joins a title wrapped onto a name set off as a block', () => {
    const doc = meetingDoc(POINTS_WITH_BODY_BELOW);
    expect(item(doc, 4).title).toBe('Grundläggande granskning av gemensamma nämnder Region Norrdal');
  });
});

// a federation directorate's minutes: bare numbers, the decision a bare `att` clause under the title
const BARE_ATT_CLAUSES = [
  'Direktionsprotokoll 2022-02-11',
  '',
  'Plats och tid Alingsås, kl 09.00-11.00',
  'Beslutande Eva Larsson (S) ordförande',
  'Tomas Berg (M)',
  '',
  '1 Val av mötesordförande',
  'Till mötesordförande utses Eva Larsson (S).',
  '2 Fastställande av dagordning',
  'att fastställa dagordningen',
  '3 Budget 2023',
  'att fastställa budget 2023 enligt förslaget',
  'att uppdra åt förbundsdirektören att följa upp budgeten',
  '4 Revisionsrapport',
  'Revisorn redovisar granskningen.',
].join('\n');

describe('decisions written as bare `att` clauses under the title', () => {
  it('ends the title before the clause and reads each clause as a decision', () => {
    const doc = meetingDoc(BARE_ATT_CLAUSES);
    expect(item(doc, 2).title).toBe('Fastställande av dagordning');
    expect(item(doc, 2).decisions.map((d) => d.text)).toEqual(['fastställa dagordningen']);
    expect(item(doc, 3).title).toBe('Budget 2023');
    expect(item(doc, 3).decisions.map((d) => d.text)).toEqual([
      'fastställa budget 2023 enligt förslaget',
      'uppdra åt förbundsdirektören att följa upp budgeten',
    ]);
    expect(item(doc, 4).decisions).toEqual([]);
  });

  it('reads an election with the office first as a decision', () => {
    const doc = meetingDoc(BARE_ATT_CLAUSES);
    expect(item(doc, 1).decisions.map((d) => d.text)).toEqual(['Till mötesordförande utses Eva Larsson (S).']);
  });
});

// agendas that print the attachment's label after the title, capitalised, with no comma or bracket
describe('a capitalised attachment label ending a title', () => {
  it('is the attachments, no part of the title', () => {
    const doc = meetingDoc([
      'KALLELSE',
      'Styrelsen Samordningsförbundet Berga',
      'Datum: 2024-03-14 kl 09.00-12.00',
      'Plats: Förbundets kansli',
      '',
      'Föredragningslista',
      '1. Val av justerare',
      '2. Årsredovisning 2023 Bilaga: 1',
      '3. Budget 2025 Bilagor 4-5',
      '4. Revisorernas granskning enligt bilaga 6',
      '5. Övriga frågor',
    ].join('\n'));
    expect(item(doc, 2).title).toBe('Årsredovisning 2023');
    expect(item(doc, 2).attachments).toEqual(['1']);
    expect(item(doc, 3).title).toBe('Budget 2025');
    expect(item(doc, 3).attachments).toEqual(['4', '5']);
    // a lower-case mention inside the title's sentence stays
    expect(item(doc, 4).title).toBe('Revisorernas granskning enligt bilaga 6');
  });
});

describe('a title wrapped over a capitalised line, set off by a blank line', () => {
  it('keeps the title whole when its second line goes on with the title’s words, not a sentence of what was done', () => {
    const doc = meetingDoc([
      'Protokoll',
      'Kommunstyrelsen 2024-01-23',
      '',
      '§ 12',
      'Svar på Miljödepartementets remiss över promemorian',
      'Uppgifter om mindre värmeverk',
      '',
      'Kommunstyrelsens beslut',
      'Kommunstyrelsen antar yttrandet.',
    ].join('\n'));
    expect(item(doc, 12).title).toBe('Svar på Miljödepartementets remiss över promemorian Uppgifter om mindre värmeverk');
  });
});
