// The meeting's place without what a flattened page ran on after it: the roll's reference (`Enligt närvaro- och
// tjänstgöringslista`), a clock's word whose hours were lost and the words after it (`klockan Öppet för allmänheten`), a
// notice's signer (`Anna Ek nämndsekreterare`), a page's number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const placeOf = (place: string, kind = 'PROTOKOLL') =>
  meetingDoc(text(kind, 'Kulturnämnden', 'Sammanträdesdatum 2022-09-20', `Plats och tid   ${place}`, '', 'Beslutande   Eva Ek (S), ordförande', '             Bo Ås (M)')).meeting?.location;

describe('the place without what ran on after it', () => {
  it('cuts the roll\'s reference printed after the place (a row of labels over a row of values)', () => {
    expect(placeOf('B-salen, stadshuset, Lövby Enligt närvaro- och tjänstgöringslista')).toBe('B-salen, stadshuset, Lövby');
    expect(placeOf('Sessionssalen, Norrvik Se bilaga')).toBe('Sessionssalen, Norrvik');
  });

  it('cuts a clock\'s word left without its hours, and the capitalised words after it', () => {
    expect(placeOf('Socialförvaltningen klockan Öppet för allmänheten')).toBe('Socialförvaltningen');
    expect(placeOf('Kommunhuset, Åby kl. Ajournering')).toBe('Kommunhuset, Åby');
  });

  it('cuts a signer and position after the place, and a page\'s number', () => {
    expect(placeOf('C-salen, Lövby kommunhus Fredrika Ahl nämndsekreterare')).toBe('C-salen, Lövby kommunhus');
    expect(placeOf('Rådhuset, Norrvik Sida 3')).toBe('Rådhuset, Norrvik');
  });

  it('keeps a place whose own words look so', () => {
    expect(placeOf('Kommunhuset, Lövby, rum Eken')).toBe('Kommunhuset, Lövby, rum Eken');
    expect(placeOf('Kommunhuset, kl. 18.00-20.00')).toBe('Kommunhuset');
  });
});
