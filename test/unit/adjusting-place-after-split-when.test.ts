// The meeting's time and place under labels of their own (`Tid` / `Plats`) and, by the adjusters' label, the
// adjusting's `Tid och plats`: that place and time are the adjusting's, not the meeting's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (front: string) => meetingDoc(text(front, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('`Tid och plats` beside the adjusters, the meeting’s `Tid` and `Plats` above', () => {
  const doc = page(
    '1 (12) Tid Onsdagen den 8 april 2020, kl med ajournering kl Plats Beslutande Ledamöter Tjänstemän Ekbacka Gästgiveri, Norrby Anna Ek, (c) ordförande Bo Lind (m) Eva Holm (s) Per Ås, Lena Berg Övriga Justering Justerare Eva Holm Tid och plats Onsdag den 22 april 2020 Förbundets kansli, Norrby Underskrifter Sekreterare Ordförande Justerande Lena Berg Anna Ek (c) Eva Holm (s) Paragrafer 5-9',
  );

  it('keeps the meeting’s date', () => {
    expect(doc.meeting?.date).toBe('2020-04-08');
  });
});
