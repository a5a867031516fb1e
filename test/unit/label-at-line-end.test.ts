// A label an extractor ran on at the end of the row above its value (`Justerare Per Holm
// Organ` / `Socialnämnden`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a label at the end of a signer\'s row', () => {
  const minutes = text(
    'SAMMANTRÄDESPROTOKOLL',
    'Plats och tid Kommunhuset kl 13.00-15.00',
    'Beslutande Eva Ek (S) ordförande Per Holm (M) Stina Alm (C)',
    'Underskrifter Sekreterare Lisa Dahl Paragrafer 1-2',
    'Ordförande Eva Ek',
    'Justerare Per Holm Organ',
    'Socialnämnden',
    'Sammanträdesdatum 2019-04-02',
    'Förvaringsplats för protokollet Socialkontoret',
    '',
    '§ 1 Budget',
    'Socialnämnden beslutar att anta budgeten.',
  );

  it('is no part of the name, and takes the value under it', () => {
    const doc = meetingDoc(minutes);
    expect(doc.signatures).toMatchObject({ chair: ['Eva Ek'], secretary: ['Lisa Dahl'], adjusters: ['Per Holm'], storedAt: 'Socialkontoret' });
    expect(doc.meeting!.body).toBe('socialnämnd');
  });

  it("keeps a surname that is a label's word where no value of that label follows (`Eva Lisa Dag` / `Kommunhuset, Åby`)", () => {
    const doc = meetingDoc(text('SAMMANTRÄDESPROTOKOLL', 'Plats och tid Kommunhuset kl 13.00-15.00', 'Justerare Eva Lisa Dag', 'Kommunhuset, Åby', '', '§ 1 Budget', 'Nämnden beslutar att anta budgeten.'));
    expect(doc.signatures!.adjusters).toEqual(['Eva Lisa Dag']);
  });
});
