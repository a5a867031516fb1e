// Minutes printed as a table of two columns, `Ärende` and `Beslut` (pdftotext -layout): each §
// a row, the title and the text under it in the left column, the decision in the right one.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL',
    'Styrelsen, Samordningsförbundet Åsdal',
    'Sammanträdesdatum: 2023-09-28',
    '',
    'Ärende                                         Beslut',
    '§ 31 Val av justerare                          Styrelsen utser Maj Sund att justera',
    '                                               protokollet.',
    '§ 32 Delårsbokslut augusti                     Styrelsen godkänner delårsbokslutet.',
    '     Ekonom Rolf Hed redovisar utfallet',
    '     och prognosen för helåret.',
    '§ 33 Ansökan om medel, Insats Kliv             Styrelsen beviljar 180 tkr för 2024.',
    '     Förbundschefen föredrar ansökan.',
    '§ 34 Uppföljning av insatser inom              Uppföljningen läggs till handlingarna.',
    '     psykisk hälsa',
    '§ 35 Informationsärenden                       Informationen läggs till handlingarna.',
  ),
);

describe('a table of §§ with the decision in a column of its own', () => {
  it('keeps a sentence under the title in its column out of the title', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [31, 'Val av justerare'],
      [32, 'Delårsbokslut augusti'],
      [33, 'Ansökan om medel, Insats Kliv'],
      [34, 'Uppföljning av insatser inom psykisk hälsa'],
      [35, 'Informationsärenden'],
    ]);
    expect(doc.items[1]!.text).toContain('Ekonom Rolf Hed redovisar utfallet och prognosen för helåret.');
    expect(doc.items[2]!.presenter).toBe('Förbundschefen');
  });

  it('reads the decision beside a title of one line', () => {
    expect(doc.items.map((i) => i.decisions.map((d) => d.text))).toEqual([
      ['Styrelsen utser Maj Sund att justera protokollet.'],
      ['Styrelsen godkänner delårsbokslutet.'],
      ['Styrelsen beviljar 180 tkr för 2024.'],
      ['Uppföljningen läggs till handlingarna.'],
      ['Informationen läggs till handlingarna.'],
    ]);
  });
});

describe('notes as a table of points with a column of actions', () => {
  // `Punkt   Ärende   Åtgärd/beslut   Ansvarig`, each row on one line
  const notes = meetingDoc(
    text(
      'Minnesanteckningar beredningsgruppen',
      'Samordningsförbundet Norrlid',
      '2025-02-11, kl. 09.00-11.00, Teams',
      '',
      'Närvarande: Bo Ahl (Norrlids kommun), Siv Ek (Försäkringskassan), Ola Fors (förbundschef)',
      '',
      'Punkt   Ärende                           Åtgärd/beslut                                 Ansvarig',
      '1       Föregående anteckningar          Godkändes.                                     Ola Fors',
      '2       Insatsen Nästa steg              Deltagarantalet följs upp i april.             Siv Ek',
      '3       Övriga frågor                    Inga.',
    ),
  );

  it('keeps the sentences of the action column out of the titles', () => {
    expect(notes.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Föregående anteckningar', 'Godkändes.'],
      [2, 'Insatsen Nästa steg', 'Deltagarantalet följs upp i april.'],
      [3, 'Övriga frågor', 'Inga.'],
    ]);
  });
});
