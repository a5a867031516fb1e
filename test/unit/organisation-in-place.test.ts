// An official's organisation named with its place after `i` (`Högskolan i Lövby`, `Länsstyrelsen i Västra Ekbygd`,
// `Kvinnojouren Rosen i Norrby 12`): the place is the name's, not a note, and a § number after it the §§ attended.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (...rows: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Direktionen', 'Sammanträdesdatum 2023-02-03', '', 'Beslutande          Anna Ek (S), ordförande', '                    Per Ås (M)', '', ...rows))
    .participants.filter((p) => p.role === 'other')
    .map((p) => [p.name, p.organisation, p.position, p.note]);

describe('an organisation with its place after `i`', () => {
  it('keeps the place with the organisation after a position', () => {
    expect(others('Övriga              Pelle Moss, politisk sakkunnig Högskolan i Lövby', '                    Lena Ahl, handläggare Arbetsförmedlingen i Ekby')).toEqual([
      ['Pelle Moss', 'Högskolan i Lövby', 'politisk sakkunnig', null],
      ['Lena Ahl', 'Arbetsförmedlingen i Ekby', 'handläggare', null],
    ]);
  });

  it('keeps a compass word and `län` with the place, as a county body writes it', () => {
    expect(others('Övriga deltagande   Olle Berg, Länsstyrelsen i Västra Ekbygd', '                    Siv Holm, Samordningsförbundet i Norrby län')).toEqual([
      ['Olle Berg', 'Länsstyrelsen i Västra Ekbygd', null, null],
      ['Siv Holm', 'Samordningsförbundet i Norrby län', null, null],
    ]);
  });
});
