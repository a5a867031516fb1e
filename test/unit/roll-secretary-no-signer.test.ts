// Minutes with no signing evidence of a secretary (no `Sekreterare`/`Vid protokollet` with a name, no sentence) whose
// lists of who took part name someone the meeting's secretary (`Lena Sjö, sekreterare`, `Lena Sjö Sekreterare` in a
// column): that is the person's position in the roll, not a signature; the secretary who signs is only a name written
// where the minutes are signed. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (others: string[], signing: string[] = []): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Socialnämnden, Norrviks kommun', 'Datum: 2023-03-15', 'Plats: Kommunhuset, Norrvik', '',
      'Beslutande', 'Eva Dahl (S), ordförande', 'Karin Lund (M)', 'Olle Ek (C)', '',
      'Övriga närvarande', ...others, '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      '§ 2 Val av justerare', 'Karin Lund väljs till justerare.', '',
      ...signing,
    ),
  );

describe('the secretary named among those present signs nothing', () => {
  it('`Name, sekreterare` in the list of others is a position, not the secretary who signs', () => {
    const doc = minutes(['Maja Berg, socialchef', 'Lena Sjö, sekreterare']);
    expect(doc.signatures).toMatchObject({ secretary: [], adjusters: ['Karin Lund'] });
    expect(doc.participants.find((p) => p.name === 'Lena Sjö')?.position).toBe('sekreterare');
  });

  it('`Name Sekreterare` as a column of the roll is no signer either, nor an adjuster', () => {
    const doc = minutes(['Maja Berg          Socialchef', 'Lena Sjö           Sekreterare']);
    expect(doc.signatures?.secretary ?? []).toEqual([]);
    expect(doc.signatures?.adjusters ?? []).toEqual(['Karin Lund']);
  });

  it('the roll’s secretary gives way to the one the signing names', () => {
    const doc = minutes(['Lena Sjö, sekreterare'], ['Vid protokollet', 'Per Ås', '', 'Justeras', 'Eva Dahl          Karin Lund']);
    expect(doc.signatures?.secretary).toEqual(['Per Ås']);
  });

  it('nor the secretary’s office as the last of the positions, or the meeting’s protokollförare', () => {
    expect(minutes(['Maja Berg, socialchef', 'Lena Sjö, utredare, sekreterare']).signatures?.secretary ?? []).toEqual([]);
    expect(minutes(['Lena Sjö, protokollförare']).signatures?.secretary ?? []).toEqual([]);
  });

  it('an official’s title alone makes nobody the secretary', () => {
    expect(minutes(['Maja Berg, socialchef', 'Lena Sjö, kommunsekreterare']).signatures?.secretary ?? []).toEqual([]);
    expect(minutes(['Lena Sjö, nämndsekreterare']).signatures?.secretary ?? []).toEqual([]);
  });

  it('two listed so makes none the secretary', () => {
    expect(minutes(['Lena Sjö, sekreterare', 'Per Ås, sekreterare']).signatures?.secretary ?? []).toEqual([]);
  });

  it('the secretary who signs stays the secretary (guard)', () => {
    const doc = minutes(['Lena Sjö, sekreterare'], ['Sekreterare', 'Tove Lind', '', 'Ordförande', 'Eva Dahl']);
    expect(doc.signatures).toMatchObject({ secretary: ['Tove Lind'], chair: ['Eva Dahl'] });
  });
});
