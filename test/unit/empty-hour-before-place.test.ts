// A place and time whose hours the transcript lost, the place after them (`Onsdag 19 december
// kl Ekbacken, Storgatan 4`, `Sammanträdestid: Sammanträdesplats: Tisdagen den 3 mars 2015, kl
// Kommunhuset, Ekeby`): the `kl` left without its hours is no word of the place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'];

describe('a time label left without its hours before the place', () => {
  it('is dropped where the place follows the day in one value', () => {
    const doc = meetingDoc(
      text(
        '1 (12) Plats och tid Onsdag 19 december 2018 kl Ekbacken, Storgatan 4, Ekeby Beslutande Ledamöter Lena Ek (S) ordförande Olle Berg (M)',
        ...ITEMS,
      ),
    );
    expect(doc.meeting?.location).toBe('Ekbacken, Storgatan 4, Ekeby');
    expect(doc.meeting?.date).toBe('2018-12-19');
  });

  it('is dropped where the labels stand in a row before their values', () => {
    const doc = meetingDoc(
      text(
        '1 EKEBY KOMMUN Kommunfullmäktige PROTOKOLL Sammanträdestid: Sammanträdesplats: Tisdagen den 3 mars 2015, kl Kommunhuset, Ekeby Beslutande Lund, Anna Berg, Olle',
        ...ITEMS,
      ),
    );
    expect(doc.meeting?.location).toBe('Kommunhuset, Ekeby');
    expect(doc.meeting?.date).toBe('2015-03-03');
  });

  it('keeps a place that only begins with the letters', () => {
    const doc = meetingDoc(text('Plats och tid: Klostret, Ekeby, 2024-05-02 kl. 13.00-15.00', '', 'Beslutande', 'Stina Fors (S), ordförande', ...ITEMS));
    expect(doc.meeting?.location).toBe('Klostret, Ekeby');
  });
});
