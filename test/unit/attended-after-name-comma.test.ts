// Officials written `Name, §§` one after the other, their line breaks lost (`Lilian Falk, 108 Maria Dahl, 108 …`): the bare
// number after a name's comma closes that name's entry; it went to the next person. Names invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (line: string) =>
  meetingDoc(text('PROTOKOLL', 'Arbetsutskottet', 'Datum 2012-11-14', '', 'Ledamöter Ola Rask (m), ordförande Eva Tell (s)', line, '', '§ 105 Mötets öppnande', 'Öppnas.', '', '§ 116 Avslutning', 'Avslutas.'))
    .participants.filter((p) => p.role === 'other')
    .map((p) => [p.name, p.paragraphs && `${p.paragraphs.from}-${p.paragraphs.to}`]);

describe('§§ after a name and its comma', () => {
  it('keeps each number with the name before it', () => {
    expect(others('Övriga deltagare Lilian Falk, 108 Maria Dahl, 108 Dorit Sjö, Kim Alm, 114 Tomas Berg,')).toEqual([
      ['Lilian Falk', '108-108'],
      ['Maria Dahl', '108-108'],
      ['Dorit Sjö', null],
      ['Kim Alm', '114-114'],
      ['Tomas Berg', null],
    ]);
  });

  it('reads ranges so too, under another heading', () => {
    expect(others('Övriga närvarande Anna Lind, 106-107 Ylvi Ström, 110 Stina Holm, 112')).toEqual([
      ['Anna Lind', '106-107'],
      ['Ylvi Ström', '110-110'],
      ['Stina Holm', '112-112'],
    ]);
  });
});
