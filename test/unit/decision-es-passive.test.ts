// The older passive in -es (`Protokollet godkännes.`, `Dagordningen fastställes.`, `Förslaget antages.`,
// `Skrivelsen lägges till handlingarna.`), as föreningsprotokoll and older minutes write it: it decides as the
// -s passive does. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('Protokoll', 'Styrelsen', 'Datum: 2024-03-12', '', '§ 1 Ärendet', ...body, '', '§ 2 Övrigt', 'Inget övrigt.'));
const read = (...body: string[]) => {
  const it = item(doc(...body), 1);
  return [it.decisions.map((d) => d.text), it.outcome];
};

describe('the -es passive decides', () => {
  it('`godkännes`', () => {
    expect(read('Protokollet från förra mötet godkännes.')).toEqual([['Protokollet från förra mötet godkännes.'], 'approved']);
  });

  it('`fastställes`', () => {
    expect(read('Föredragningslistan fastställes.')).toEqual([['Föredragningslistan fastställes.'], 'approved']);
  });

  it('`antages` with the proposal', () => {
    expect(read('Kassören redogör för förslaget.', 'Förslaget antages.')).toEqual([['Förslaget antages.'], 'approved']);
  });

  it('`lägges till handlingarna`', () => {
    expect(read('Skrivelsen lägges till handlingarna.')).toEqual([['Skrivelsen lägges till handlingarna.'], 'noted']);
  });

  it('a word in -es that is no passive decides nothing', () => {
    expect(read('Ordföranden redogör för läget i frågan om bostäder.')).toEqual([[], null]);
  });
});
