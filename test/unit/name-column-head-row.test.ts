// A participant table's head row beside the list's heading, opened by the names' column head `Namn`: whatever the
// other columns are called (`Titel`, `Verksamhet`), the row heads columns and names nobody; so too where a page
// flattened into one line runs the head row on after the heading (`Närvarande Namn Organisation Per Lind …`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = ['MINNESANTECKNINGAR', 'Samordningsförbundet Norrdal', 'Beredningsgruppen', 'Datum 2024-05-14', ''];
const opening = ['', '1. Mötets öppnande', 'Mötet öppnas.'];
const people = (t: string) => meetingDoc(t).participants.map((p) => [p.name, p.position, p.organisation]);

describe('a head row opened by `Namn` beside a list’s heading', () => {
  it('names nobody, whatever its other column is called', () => {
    expect(people(text(...head, 'Närvarande    Namn             Titel', '              Per Lind         förbundschef', '              Kajsa Holm       ekonom', ...opening))).toEqual([
      ['Per Lind', 'förbundschef', null],
      ['Kajsa Holm', 'ekonom', null],
    ]);
    expect(people(text(...head, 'Deltagare     Namn             Verksamhet', '              Per Lind         Vallby kommun', '              Kajsa Holm       Försäkringskassan', ...opening))).toEqual([
      ['Per Lind', null, 'Vallby kommun'],
      ['Kajsa Holm', null, 'Försäkringskassan'],
    ]);
  });

  it('names nobody run on after the heading, the names after it', () => {
    expect(people(text(...head, 'Närvarande Namn Organisation Per Lind Vallby kommun Kajsa Holm Försäkringskassan', ...opening))).toEqual([
      ['Per Lind', null, 'Vallby kommun'],
      ['Kajsa Holm', null, 'Försäkringskassan'],
    ]);
    expect(people(text(...head, 'Närvarande: Namn Funktion Per Lind ordförande Kajsa Holm ledamot', ...opening))).toEqual([
      ['Per Lind', 'ordförande', null],
      ['Kajsa Holm', null, null],
    ]);
  });
});
