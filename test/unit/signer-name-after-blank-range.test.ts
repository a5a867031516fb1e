// A transcript of the signature grid whose `Paragraf` cell was left blank: the leader glued to the
// signer's label, the label of the range, then the signer's name (`Sekreterare.. Paragraf Eva Ek`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a signer name after an empty range label', () => {
  it('gives the name to the signer', () => {
    const doc = meetingDoc(
      text(
        '1 Plats och tid Folkets hus, kl 18.00 Beslutande Övriga deltagande Utses att justera Justeringens plats och tid Ulf Berg, kommunchef Siv Ny, kanslichef Lena Dal, nämndsekreterare Ada Ek och Bo Frid Kommunhuset, tisdagen den 4 mars kl Sekreterare.. Paragraf Lena Dal Ordförande.. Nils Rask Justerare... Ada Ek Bo Frid BEVIS Justeringen har tillkännagivits genom anslag',
        '',
        '§ 1 Val av justerare',
        'Fullmäktige utser Ada Ek och Bo Frid att justera protokollet.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Nils Rask'], secretary: ['Lena Dal'] });
  });
});
