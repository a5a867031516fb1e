// Swedish-language Finnish minutes write the vice chairs with a Roman ordinal (`Sandell Kim
// I viceordförande`, `Virta Aino II viceordförande`). Where the column gap between name and
// position is lost, such a line was taken for no person: the list ended there and everyone
// under it was lost. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...people: string[]) =>
  meetingDoc(
    text(
      'EKVIKS STAD PROTOKOLL 12/2021', 'Stadsstyrelsen', '', 'TID kl. 17:30-20:10', '', 'PLATS Rådhuset', '',
      ...people, '',
      '201 § MÖTETS LAGLIGHET OCH BESLUTFÖRHET', '', 'Stadsstyrelsen konstaterar att mötet är beslutfört.',
    ),
  );

describe('a Roman ordinal before a position', () => {
  it('keeps the list going past the vice chairs', () => {
    const doc = minutes('NÄRVARANDE Lindroos Maja ordförande', 'Sandell Kim I viceordförande', 'Virta Aino II viceordförande', 'Berglund Tor medlem', 'Åström Leo ersättare');
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lindroos Maja', 'member', 'ordförande'],
      ['Sandell Kim', 'member', 'I viceordförande'],
      ['Virta Aino', 'member', 'II viceordförande'],
      ['Berglund Tor', 'member', null],
      ['Åström Leo', 'deputy', null],
    ]);
  });

  it('is no ordinal without a position after it', () => {
    const doc = minutes('NÄRVARANDE Lindroos Maja ordförande', 'Sandell Kim I', 'Berglund Tor medlem');
    expect(doc.participants.map((p) => p.position)).not.toContain('I');
  });
});
