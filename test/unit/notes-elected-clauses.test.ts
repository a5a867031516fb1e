// Notes whose point elects the meeting's secretary and adjusters in one sentence, the adjusters' election a clause of its own
// after the secretary's (`Till sekreterare utsågs Maria Berg och att justera anteckningarna utsågs Per Strand.`), or the line
// run on with no stop (`Till sekreterare utsågs Eva Lind Att justera dagens anteckningar utsågs Bo Ström`), the point's heading
// itself the first election. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notes = (...points: string[]): string =>
  text('Minnesanteckningar', 'Beredningsgruppen, Samordningsförbundet Östdal', '2021-02-03 kl. 09.00-11.00', 'Plats: Kommunhuset, Ekeby', '', '1. Mötets öppnande', ...points, '3. Ekonomi', 'Förbundschefen redovisade utfallet.');
const signersOf = (t: string) => parseText(t).documents[0]!.signatures!;

describe('the secretary and adjusters a point of the notes elects', () => {
  it('reads the adjusters in the clause after the secretary', () => {
    const s = signersOf(notes('2. Val av sekreterare och justerare', 'Till sekreterare utsågs Maria Berg och att justera anteckningarna utsågs Per Strand.'));
    expect(s.secretary).toEqual(['Maria Berg']);
    expect(s.adjusters).toEqual(['Per Strand']);
  });
  it('reads the clause after samt and till', () => {
    const s = signersOf(notes('2. Val av sekreterare och justerare', 'Till sekreterare valdes Maria Berg samt till justerare valdes Per Strand och Li Ek.'));
    expect(s.adjusters).toEqual(['Per Strand', 'Li Ek']);
  });
  it('reads the secretary from the point heading of a line run on', () => {
    const s = signersOf(notes('2. Till sekreterare utsågs Eva Lind Att justera dagens anteckningar utsågs Bo Ström'));
    expect(s.secretary).toEqual(['Eva Lind']);
    expect(s.adjusters).toEqual(['Bo Ström']);
  });
  it('reads no adjuster from a clause that elects to another task', () => {
    const s = parseText(notes('2. Val av sekreterare', 'Till sekreterare utsågs Maria Berg och till kassör utsågs Per Strand.')).documents[0]!.signatures;
    expect(s?.adjusters ?? []).toEqual([]);
  });
});

describe('the adjuster elected beside the named chair', () => {
  const minutes = (sentence: string): string =>
    text('Din position: Hem > Ekby stad > Ekby Hamn AB > Sammanträde 2011-05-02', '', 'Justerat 2011-05-04', '', 'Eva Ros', '', 'Kim Dal', '', '§1 Utseende av justeringsmän', '', sentence, '', '§2 Anmälan av protokoll', '', 'Anmäldes att protokollet är justerat.');
  it('reads the adjuster after the office they hold, the chair named before', () => {
    const s = parseText(minutes('Att jämte ordföranden Eva Ros (s) justera dagens protokoll utsågs ledamoten Kim Dal.')).documents[0]!.signatures!;
    expect(s.chair).toEqual(['Eva Ros']);
    expect(s.adjusters).toEqual(['Kim Dal']);
  });
  it('reads the adjuster after a two-word office', () => {
    const s = parseText(minutes('Att jämte ordföranden Eva Ros (s) justera dagens protokoll utsågs vice ordföranden Kim Dal (m).')).documents[0]!.signatures!;
    expect(s.adjusters).toEqual(['Kim Dal']);
  });
});
