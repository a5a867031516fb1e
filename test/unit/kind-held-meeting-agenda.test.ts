// A record of a held meeting headed like its agenda (`DAGORDNING`, `Agenda`, or numbered points under no kind's word):
// its points tell what they came to in the past (`Dagordningen godkändes`, `Lena Ek informerade om …`, `Mötet
// avslutades`) and it says who was there, so it is the meeting's notes, its points the items. An agenda whose points
// say what is to come, or propose a decision, stays a notice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kindAndItems = (t: string): [string, number][] => parseText(t).documents.map((d) => [d.kind, d.items.length]);

// a network's record in one template: `DAGORDNING`, a place-date line, `Närvarande` / `Ej närvarande`, numbered points
const network = (bodies: [string, string, string, string]): string =>
  text(
    'DAGORDNING',
    'Nätverket för fritidsledare, Ålsta 2023-02-09',
    '',
    'Närvarande: Mira Sand, Tove Berg, Ivar Holm',
    'Ej närvarande: Gösta Lind',
    '',
    '1. Mötets öppnande',
    bodies[0],
    '',
    '2. Godkännande av dagordning',
    bodies[1],
    '',
    '3. Information från kommunen',
    bodies[2],
    '',
    '4. Mötets avslutande',
    bodies[3],
  );

// a working group's record in another: `Agenda`, the group and its day, `Deltagare` one a line, points without full stops
const group = (bodies: [string, string, string]): string =>
  text(
    'Agenda',
    'Arbetsgruppen för skolskjuts 21 mars 2024',
    '',
    'Deltagare',
    'Saga Vik, Norrby kommun',
    'Anton Ström, Region Väst',
    '',
    '1 Välkommen',
    bodies[0],
    '2 Läget i upphandlingen',
    bodies[1],
    '3 Övriga frågor',
    bodies[2],
  );

describe('a record headed as an agenda whose points tell outcomes', () => {
  it('`DAGORDNING` over points that report what was done: notes with its four points', () => {
    const t = network(['Ordföranden öppnade mötet.', 'Dagordningen godkändes.', 'Tove Berg informerade om sommarens läger.', 'Mötet avslutades.']);
    expect(kindAndItems(t)).toEqual([['notes', 4]]);
  });

  it('`Agenda` and `Deltagare` over points that report in the active past and the passive: notes', () => {
    const t = group(['Alla hälsades välkomna.', 'Gruppen diskuterade anbuden. Frågan bordlades till nästa möte.', 'Inga övriga frågor togs upp.']);
    expect(kindAndItems(t)).toEqual([['notes', 3]]);
  });

  it('the same `DAGORDNING` whose points say what is to come, over those it calls, stays a notice', () => {
    const bodies: [string, string, string, string] = ['Ordföranden öppnar mötet.', 'Förslag till dagordning bifogas.', 'Tove Berg informerar om sommarens läger.', 'Ordföranden avslutar mötet.'];
    const t = network(bodies).replace('Närvarande: ', 'Kallade: ').replace('Ej närvarande: Gösta Lind\n', '');
    expect(kindAndItems(t)).toEqual([['notice', 4]]);
  });

  it('… but over who came and who did not, told in the present as many records are, it is the notes', () => {
    const t = network(['Ordföranden öppnar mötet.', 'Dagordningen godkänns.', 'Tove Berg informerar om sommarens läger.', 'Ordföranden avslutar mötet.']);
    expect(kindAndItems(t)).toEqual([['notes', 4]]);
  });

  it('an agenda whose points propose decisions stays a notice, though one tells a case’s history', () => {
    const t = network(['Ordföranden öppnar mötet.', 'Förslag till beslut: Dagordningen godkänns.', 'Ärendet bordlades av styrelsen i januari.', 'Förslag till beslut: Mötet avslutas.']);
    expect(kindAndItems(t)[0]![0]).toBe('notice');
  });

  it('one point that reports among silent ones is no record', () => {
    const t = group(['Vi börjar med kaffe.', 'Anbuden öppnades förra veckan och gruppen går igenom dem.', 'Frågor tas emot.']);
    expect(kindAndItems(t)[0]![0]).not.toBe('notes');
  });
});
