// A member's municipality after the name with its noun capitalised (`Ekby Kommun`, `Åsa Stad`), as some förbund's
// templates write it: the place before the noun belongs to the organisation, not to a remark, and the next
// participant on the line keeps its own name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const DOC = meetingDoc(
  text(
    'PROTOKOLL', 'Samordningsförbundet Ekbygd', 'Styrelsen', '',
    'Plats och tid   Förbundets kansli, 2023-03-10 kl. 09.00-11.00', '',
    'Beslutande      Anna Berg, ordförande, Ekby Kommun',
    '                Per Lind, vice ordförande, Region Ekland',
    '                Eva Holm, ledamot, Åsa Stad', '',
    'Ersättare       Olle Ek, ersättare, Norrviks Kommun', '',
    'Utses att justera   Per Lind', '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
  ),
);

describe('a municipality with its noun capitalised after a name', () => {
  it('takes the place into the organisation', () => {
    expect(DOC.participants.map((p) => [p.name, p.organisation, p.position, p.note])).toEqual([
      ['Anna Berg', 'Ekby Kommun', 'ordförande', null],
      ['Per Lind', 'Region Ekland', 'vice ordförande', null],
      ['Eva Holm', 'Åsa Stad', null, null],
      ['Olle Ek', 'Norrviks Kommun', null, null],
    ]);
  });
});
