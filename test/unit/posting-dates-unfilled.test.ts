// An anslag block whose dates were left empty (a page printed before the protocol was posted),
// flattened onto lines with the meeting's date and the adjusting's date above the empty labels:
// no posting date is taken from above its label. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Avslutning', 'Ordföranden avslutade mötet.');

describe('posting dates left empty', () => {
  it('takes neither the meeting date nor the adjusting date for the empty posting dates of a flattened BEVIS', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Sid 1 (30)',
        'Plats och tid Kommunhuset, Lindvik, kl 13.00-16.00 tisdagen den 4 februari 2025',
        'Beslutande Eva Lind (S), ordförande Per Ström (M) Kjell Ek (C)',
        'Utses att justera Per Ström Justeringens plats och tid Kommunkansliet, torsdagen den 6 februari 2025',
        'Underskrifter Sekreterare Anna Borg Paragrafer 1-2 Ordförande Eva Lind Justerande Per Ström',
        'BEVIS Justeringen har tillkännagivits genom anslag Organ Kommunstyrelsen Sammanträdesdatum 2025-02-04 Datum för anslags uppsättande Datum för anslags nedtagande Förvaringsplats för protokollet Kommunkansliet, Lindvik Underskrift Anna Borg',
        ITEMS,
      ),
    );
    expect(doc.signatures!.posted).toBeNull();
    expect(doc.signatures!.adjustedOn).toBe('2025-02-06');
    expect(doc.signatures!.storedAt).toBe('Kommunkansliet, Lindvik');
  });
});
