// Headings of a §'s decision process written as one compound word ending in a kind's word
// (`Protokollsanteckningar`, `Omröstningsprotokoll`, `Voteringsprotokoll`), as municipal
// minutes head a member's note or a roll-call's list inside a §: a part of that §, never the
// title of a new document. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, parseText } from './helpers.js';

const minutes = (...body: string[]): string =>
  ['PROTOKOLL', 'Kommunfullmäktige', '2023-05-09', '', 'Plats och tid: Stadshuset, kl. 18.00-21.00', '', ...body].join('\n');

describe('a roll-call list headed `Omröstningsprotokoll` inside a §', () => {
  const text = minutes(
    '§ 45 Dnr KS 2023/120',
    'Budget 2024',
    '',
    'Omröstningsprotokoll',
    'Ledamot                 Ja   Nej   Avstår',
    'Karin Holmgren (S)      X',
    'Per Lindvall (M)             X',
    'Lotta Berglund (V)      X',
    'Summa                   2    1     0',
    '',
    'Kommunfullmäktiges beslut',
    'Kommunfullmäktige fastställer budget 2024 enligt kommunstyrelsens förslag.',
    '',
    'Reservation',
    'Per Lindvall (M) reserverar sig mot beslutet.',
    '',
    '§ 46 Dnr KS 2023/121',
    'Avsägelse',
    '',
    'Kommunfullmäktiges beslut',
    'Kommunfullmäktige beviljar Eva Sjö (C) entledigande.',
  );

  it('is one document whose § keeps its vote, decision and reservation', () => {
    expect(parseText(text).documents.map((d) => [d.kind, d.title])).toEqual([['minutes', 'PROTOKOLL']]);
    const p = item(meetingDoc(text), 45);
    expect(p.decisions.map((d) => d.text)).toEqual(['Kommunfullmäktige fastställer budget 2024 enligt kommunstyrelsens förslag.']);
    expect(p.votes.map((v) => [v.yes, v.no, v.abstain])).toEqual([[2, 1, 0]]);
    expect(p.votes[0]!.roll.map((r) => [r.name, r.vote])).toEqual([['Karin Holmgren', 'yes'], ['Per Lindvall', 'no'], ['Lotta Berglund', 'yes']]);
    expect(p.reservations.map((r) => r.by)).toEqual([['Per Lindvall']]);
  });
});

describe('a `Protokollsanteckningar` heading inside a §', () => {
  const text = minutes(
    '§ 103 Dnr KS 2023/140',
    'Rapport från samverkansrådet',
    '',
    'Kommunfullmäktige beslutar att lägga rapporten till handlingarna.',
    '',
    'Protokollsanteckningar',
    'Per Lindvall (M) lämnar en protokollsanteckning om att frågan bör utredas vidare.',
    '',
    '§ 104 Dnr KS 2023/141',
    'Val av revisor',
    '',
    'Kommunfullmäktige väljer Tova Ring till revisor.',
  );

  it('is one document, the note the §’s', () => {
    expect(parseText(text).documents.map((d) => [d.kind, d.title])).toEqual([['minutes', 'PROTOKOLL']]);
    const doc = meetingDoc(text);
    expect(item(doc, 103).notes).toEqual(['Per Lindvall (M) lämnar en protokollsanteckning om att frågan bör utredas vidare.']);
    expect(item(doc, 104).decisions.map((d) => d.by)).toEqual(['Kommunfullmäktige']);
  });
});
