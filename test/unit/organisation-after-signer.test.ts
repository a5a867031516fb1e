// A letterhead's municipality run on after a signer's name (`Underskrift Eva Nordholm Ekeby kommun`, a
// page footer flattened onto the anslag): the signer's surname is no part of the municipality's name,
// while a municipality of two words stays whole. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (tail: string): string =>
  `Sammanträdesprotokoll Plats och tid Stadshuset, kl 13.00-15.00 Beslutande Tove Lind (S) Per Holm (M) Sekreterare Eva Nordholm Ordförande Tove Lind Anslag/Bevis Protokollet är justerat. Underskrift ${tail}\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n`;

describe('a municipality after a signer\'s name', () => {
  it('leaves the surname out of the name', () => {
    expect(meetingDoc(minutes('Eva Nordholm Ekeby kommun Kansliet')).meeting?.organisation).toBe('Ekeby kommun');
  });

  it('keeps a municipality of two words (guard)', () => {
    expect(meetingDoc(minutes('Upplands Väsby kommun Kansliet')).meeting?.organisation).toBe('Upplands Väsby kommun');
  });
});
