// Åland minutes sign with each name's roles after it, the first cut short and capitalised,
// the second the organ's (`Anna Holm` over `Mötesordf, KST-ordf`); a page flattened onto one
// line runs them on after `Underskrifter` and the place (`Underskrifter Viksund Anna Holm
// Mötesordf, KST-ordf Ida Wik Mötessekr, k.dir`). Each name is the role's before which it
// stands. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_ITEMS } from './helpers.js';

const minutes = (signing: string) =>
  meetingDoc(
    text(
      'PROTOKOLL Tid och plats Måndagen den 13 mars 2023 kl. 19:00 Kommunkansliet, Viksund Närv. Beslutande Anna Holm, KST-ordförande X Carita Lind X Dan Sjöberg X Övriga Ida Wik, kommundirektör X Paragrafer ' + signing,
      '',
      ...VIKSUND_ITEMS,
    ),
  );

describe('names with a capitalised role pair after each', () => {
  it('the chair and the secretary after the place', () => {
    const s = minutes('Underskrifter Viksund Anna Holm Mötesordf, KST-ordf Ida Wik Mötessekr, k.dir Protokolljustering Viksund Carita Lind Dan Sjöberg').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Anna Holm'], ['Ida Wik'], ['Carita Lind', 'Dan Sjöberg']]);
  });

  it('a remark in brackets after the second role stays out of the names', () => {
    const s = minutes('Underskrifter Viksund Anna Holm Mötesordf, KST-ordf Ida Wik Mötessekr, k.dir (ej 46) Protokolljustering Viksund Carita Lind Dan Sjöberg').signatures;
    expect([s?.chair, s?.secretary]).toEqual([['Anna Holm'], ['Ida Wik']]);
  });
});
