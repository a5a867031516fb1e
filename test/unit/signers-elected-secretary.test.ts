// Minutes that name their secretary only where an early item elects the meeting's functionaries
// (`Till sekreterare utsågs …`, `… utsågs till sekreterare och … till justerare`): the elected
// secretary is the minutes' secretary, the chair elected for the meeting (`Till ordförande för mötet
// valdes …`) the chair; the adjusters in the clause after it are the adjusters. An annual
// meeting's `Till sekreterare valdes …` in an item that elects no adjusters may fill the association's
// office, and is left alone. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (heading: string, ...said: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen för Samordningsförbundet Älvby', 'Datum: 2025-02-11', 'Plats: Förbundets kansli', '',
      '§ 1 Mötets öppnande', 'Ordföranden Lova Sundin öppnar mötet.', '',
      heading, ...said, '',
      '§ 3 Verksamhetsplan 2025', 'Styrelsen beslutar att fastställa verksamhetsplanen.',
    ),
  );

describe('the secretary an early item elects', () => {
  it('`Till sekreterare utsågs …` beside the adjuster elected', () => {
    const doc = minutes('§ 2 Val av sekreterare och justerare', 'Till sekreterare utsågs Greta Wall. Att justera protokollet utsågs Nils Ekholm.');
    expect(doc.signatures).toMatchObject({ secretary: ['Greta Wall'], adjusters: ['Nils Ekholm'] });
  });

  it('the secretary and the adjusters in one sentence, the verb said once', () => {
    const doc = minutes('§ 2 Val av mötesfunktionärer', 'Greta Wall utsågs till sekreterare och Nils Ekholm och Tora Berg (C) till justerare.');
    expect(doc.signatures).toMatchObject({ secretary: ['Greta Wall'], adjusters: ['Nils Ekholm', 'Tora Berg'] });
  });

  it('the meeting electing both, the secretary last', () => {
    const doc = minutes('§ 2 Val av justerare och sekreterare', 'Mötet valde Nils Ekholm till justerare och Greta Wall till sekreterare.');
    expect(doc.signatures).toMatchObject({ secretary: ['Greta Wall'], adjusters: ['Nils Ekholm'] });
  });

  it('a meeting-bound office alone (`protokollförare`)', () => {
    const doc = minutes('§ 2 Val av protokollförare', 'Till protokollförare valdes Greta Wall.');
    expect(doc.signatures?.secretary).toEqual(['Greta Wall']);
  });

  it('the chair elected for the meeting, and the secretary after it on a line run on', () => {
    const doc = minutes('§ 2 Val av mötesfunktionärer', 'Till ordförande för mötet valdes Lova Sundin Till sekreterare för mötet valdes Greta Wall.');
    expect(doc.signatures).toMatchObject({ chair: ['Lova Sundin'], secretary: ['Greta Wall'] });
  });

  it('but not a plain `sekreterare` the item elects with no adjusters (an office for the year)', () => {
    const doc = minutes('§ 2 Val av sekreterare', 'Till sekreterare valdes Greta Wall.');
    expect(doc.signatures?.secretary ?? []).toEqual([]);
  });
});
