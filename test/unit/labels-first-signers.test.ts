// Signature blocks flattened in another order than label-over-name: the labels first and then the names in the same
// order (`Ordförande Sekreterare Anna Ek Per Ås`, as a Finland-Swedish or Åland `Underskrifter` cell or a kommun's
// grid flattens), each label with its comma before its name (`Sekreterare, Per Ås Ordförande, Anna Ek`), each label
// before its name with no comma (`Sekreterare Per Ås Ordförande Anna Ek`), and a `Justeras` heading over a row of
// labels over a row of names. Each came out shifted or merged (`Anna Ek Per Ås` as one chair). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signers: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Styrelsemöte Samordningsförbundet Ekdalen',
      'Datum: 2023-03-14',
      'Tid: 09.00-11.30',
      'Närvarande',
      'Vera Strand, ordförande, Ekby kommun',
      'Tord Ekman, ledamot, Region Ekland',
      'Lars Myr, förbundschef',
      '',
      '§ 1 Mötet öppnas',
      'Ordföranden öppnade mötet.',
      '',
      '§ 2 Val av justerare',
      'Tord Ekman valdes att justera protokollet.',
      '',
      '§ 3 Avslutning',
      'Mötet avslutades.',
      '',
      ...signers,
    ),
  );
const all = { chair: ['Vera Strand'], secretary: ['Lars Myr'], adjusters: ['Tord Ekman'] };

describe('labels first, then the names in the same order', () => {
  it('reads three labels and three names on one line', () => {
    expect(minutes('Ordförande Sekreterare Justerare Vera Strand Lars Myr Tord Ekman').signatures).toMatchObject(all);
  });

  it('reads two labels and two names, the secretary first', () => {
    expect(minutes('Sekreterare Ordförande Lars Myr Vera Strand').signatures).toMatchObject({ chair: ['Vera Strand'], secretary: ['Lars Myr'] });
  });

  it('reads labels after the block heading, with parties', () => {
    expect(minutes('Underskrifter Sekreterare Ordförande Justerande Lars Myr Vera Strand (S) Tord Ekman (M)').signatures).toMatchObject(all);
  });

  it('gives the last adjusters label the names left over', () => {
    const s = minutes('ordförande justerare Vera Strand (S) Tord Ekman (M) Gun Alm (C)').signatures;
    expect(s).toMatchObject({ chair: ['Vera Strand'], adjusters: ['Tord Ekman', 'Gun Alm'] });
  });

  it('reads nobody from a sentence that opens with two labels', () => {
    const s = minutes('Ordförande Sekreterare och justerare ska vara på plats i god tid.').signatures;
    expect(s?.chair ?? []).toEqual([]);
  });
});

describe('each label before its name', () => {
  it('reads label, comma, name pairs on one line', () => {
    expect(minutes('Sekreterare, Lars Myr Ordförande, Vera Strand Justerare, Tord Ekman').signatures).toMatchObject(all);
  });

  it('reads label and name pairs with no comma', () => {
    expect(minutes('Sekreterare Lars Myr Ordförande Vera Strand Justerare Tord Ekman').signatures).toMatchObject(all);
  });
});

describe('a Justeras heading over a row of labels', () => {
  it('pairs the row of labels with the row of names under it', () => {
    expect(minutes('Justeras', 'Ordförande Justerare', 'Vera Strand Tord Ekman', '', 'Vid protokollet', 'Lars Myr').signatures).toMatchObject(all);
  });
});
