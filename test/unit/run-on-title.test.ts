// A front page run on in one line, as a web archive keeps it (`SAMMANTRÄDESPROTOKOLL Sammanträdesdatum
// 2025-03-12 Samordningsförbundet Östby …`): the capitals that open it are the document's title, with
// the protocol's number when one follows (`PROTOKOLL NR 3/2025 …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the title of a page run on in one line', () => {
  it('is the kind word in capitals that opens it', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2025-03-12 Samordningsförbundet Östby Förbundsstyrelsen Plats och tid Kommunhuset, Östby, onsdag 12 mars 2025 kl. 09.00–12.00 Beslutande Okke Sand (S), ordförande Karin Lund (M)',
        '§ 1 Mötets öppnande Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.kind).toBe('minutes');
    expect(doc.title).toBe('SAMMANTRÄDESPROTOKOLL');
  });

  it('keeps the number after it', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL NR 3/2025 Förbundsstyrelsen Samordningsförbundet Östby Datum 2025-03-12 Tid 09.00-12.00 Plats Kommunhuset Beslutande Okke Sand (S), ordförande Lisa Dahl (M)',
        '§ 1 Mötets öppnande Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.title).toBe('PROTOKOLL NR 3/2025');
    expect(doc.meeting?.number).toBe('3/2025');
  });
});
