// Minutes with no signing evidence of a secretary (no `Sekreterare`/`Vid protokollet` with a name, no sentence) whose
// lists of who took part name the meeting's secretary (`Lena Sjö, sekreterare`, `samt sekreterare Lena Sjö`): that
// person is the secretary (SCHEMA's `sekreterare`). An official's title alone (`kommunsekreterare`,
// `nämndsekreterare`) makes nobody the secretary. Every text is invented.
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

describe('the secretary named among those present', () => {
  it('`Name, sekreterare` in the list of others is the secretary', () => {
    const doc = minutes(['Maja Berg, socialchef', 'Lena Sjö, sekreterare']);
    expect(doc.signatures).toMatchObject({ secretary: ['Lena Sjö'], adjusters: ['Karin Lund'] });
  });

  it('the secretary’s office as the last of the positions, or as the meeting’s protokollförare', () => {
    expect(minutes(['Maja Berg, socialchef', 'Lena Sjö, utredare, sekreterare']).signatures?.secretary).toEqual(['Lena Sjö']);
    expect(minutes(['Lena Sjö, protokollförare']).signatures?.secretary).toEqual(['Lena Sjö']);
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
