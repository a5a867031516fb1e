// A transcript that strips digits leaves a clock's word alone after the position of someone who came or left at a
// time (`stadsdirektör kl`, `Eva Ek, ekonom kl.`): the word says nothing left and is no part of the position.
// Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a clock word whose time a transcript stripped', () => {
  it('is dropped after the position in a flattened surname-first roll', () => {
    const doc = meetingDoc(
      text(
        '1 NORRBY STAD PROTOKOLL 7/ Stadsstyrelsen TID kl. PLATS Rådhuset NÄRVARANDE Nordqvist Sune ordförande Wiklöf Gunvor Storbacka Rolf ÖVRIGA Saarela Olavi stadsdirektör kl Berg Olle ekonomichef Lind Saga lokalchef kl FRÅNVARANDE Hakala Arja',
        '',
        '2 NORRBY STAD PROTOKOLL 7/ Stadsstyrelsen § 56 Sammanträdets laglighet och beslutförhet Beslut: Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Saarela Olavi', 'stadsdirektör'],
      ['Berg Olle', 'ekonomichef'],
      ['Lind Saga', 'lokalchef'],
    ]);
  });

  it('is dropped after the position of a list entry, with its point or without', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Samordningsförbundet Ekbygd', 'Styrelsen', 'Datum: 2023-05-12', '',
        'Beslutande', 'Anna Berg, ordförande, Ekby kommun', 'Per Lind, ledamot, Försäkringskassan', '',
        'Övriga', 'Eva Ek, förbundschef kl.', 'Tor Holm, ekonom kl', 'Siv Dal, kanslist', '',
        '§ 5 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Eva Ek', 'förbundschef'],
      ['Tor Holm', 'ekonom'],
      ['Siv Dal', 'kanslist'],
    ]);
  });
});
