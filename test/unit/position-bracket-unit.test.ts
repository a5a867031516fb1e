// An official's position and unit in a bracket after the name (`Rut Sjövall (chef, teknisk
// förvaltning)`, `Lars Ek (strateg, Arbete och välfärd)`): the bracket bounds them, so the
// words after its comma are one organisation, not an organisation's last word and a note,
// nor an organisation cut at its `och`. Every name and unit is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (...rows: string[]): ReturnType<typeof meetingDoc>['participants'] =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Samordningsförbundet Norrdal',
      'Styrelsen',
      '',
      'Datum: 2024-03-06',
      'Plats: Förbundets kansli, Norrby',
      '',
      'Beslutande   Mona Hägg (S), ordförande',
      '             Ulf Brandt (M)',
      '',
      ...rows,
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 2 Val av justerare',
      'Ulf Brandt väljs att justera protokollet.',
    ),
  ).participants.slice(2);

describe('a position and its unit in a bracket after the name', () => {
  it('keeps a unit in lower case whole', () => {
    expect(others('Övriga deltagare   Rut Sjövall (chef, teknisk förvaltning)', '                   Lars Ek (förbundschef)').map((p) => [p.name, p.party, p.position, p.organisation, p.note])).toEqual([
      ['Rut Sjövall', null, 'chef', 'teknisk förvaltning', null],
      ['Lars Ek', null, 'förbundschef', null, null],
    ]);
  });

  it('keeps a unit named with `och` whole', () => {
    expect(others('Övriga deltagare   Rut Sjövall (chef, Teknik och service)', '                   Lars Ek (strateg, Arbete och välfärd)').map((p) => [p.name, p.position, p.organisation, p.note])).toEqual([
      ['Rut Sjövall', 'chef', 'Teknik och service', null],
      ['Lars Ek', 'strateg', 'Arbete och välfärd', null],
    ]);
  });

  it('reads a list run on with commas between the people', () => {
    expect(others('Övriga deltagare: Rut Sjövall (chef, teknisk förvaltning), Lars Ek (S), Eva Sund (ekonom, Norrby kommun)').map((p) => [p.name, p.party, p.position, p.organisation])).toEqual([
      ['Rut Sjövall', null, 'chef', 'teknisk förvaltning'],
      ['Lars Ek', 'S', null, null],
      ['Eva Sund', null, 'ekonom', 'Norrby kommun'],
    ]);
  });
});

describe('a position’s bracket wrapped over two lines', () => {
  it('is one entry, its unit in lower case on the next line', () => {
    expect(others('Övriga deltagare:', 'Rut Sjövall (chef, teknisk', 'förvaltning)', 'Lars Ek (förbundschef)').map((p) => [p.name, p.position, p.organisation, p.note])).toEqual([
      ['Rut Sjövall', 'chef', 'teknisk förvaltning', null],
      ['Lars Ek', 'förbundschef', null, null],
    ]);
  });

  it('is one entry, its organisation capitalised on the next line, and the list goes on after it', () => {
    expect(
      others('Övriga deltagare   Rut Sjövall (verksamhetschef,', '                   Arbetsförmedlingen Norrby)', '                   Lars Ek (förbundschef)').map((p) => [p.name, p.position, p.organisation]),
    ).toEqual([
      ['Rut Sjövall', 'verksamhetschef', 'Arbetsförmedlingen Norrby'],
      ['Lars Ek', 'förbundschef', null],
    ]);
  });
});
