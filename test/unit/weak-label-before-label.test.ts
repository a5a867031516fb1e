// A front page flattened onto one line where a list's label whose word is also prose
// (`Närvarorätt`) stands empty right before the next label (`… Carin Palm Närvarorätt Övriga
// deltagande Kerstin Skarin, kommunchef …`): it is a label, not the surname of the name before
// it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a weak label word right before a label', () => {
  it('ends the list before it', () => {
    const doc = meetingDoc(text(
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunstyrelsen 2013-01-09',
      '',
      'Plats och tid Kommunhuset, kl 13.00 Beslutande Lena Holm, ordförande Tor Ek Sara Lind Ej tjänstgörande Kent Dahl Mira Wester Närvarorätt '
        + 'Övriga deltagande Kerstin Sand, kommunchef Utses att justera Tor Ek och Sara Lind Justeringens plats och tid Kansliet 2013-01-14',
      '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
    ));
    expect(doc.participants.map((p) => `${p.name}|${p.role}`)).toEqual([
      'Lena Holm|member', 'Tor Ek|member', 'Sara Lind|member', 'Kent Dahl|deputy', 'Mira Wester|deputy', 'Kerstin Sand|other',
    ]);
  });
});
