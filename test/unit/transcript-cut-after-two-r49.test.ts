// A sharing site's transcript of minutes that lost every § sign, cut short after the front page and the first two §§
// (the site's excerpt): no run of three can confirm them. Two numbers counting up are the §§ where the first stands atop
// its page and the second is the text's only other number at a heading's place (`3 3(7) 130 Fastställande … 131 …`),
// or where the front page declares the range and the two open it, the second perhaps run on after the last word of the
// first (`Paragrafer 1-8` … `Sid 3 (9) 1 Fastställande … justeringar 2 Delegation …`). Two that do not open the range
// stay numbers (lost-signs-fragment.test.ts). Seen at a regional board's and an election board's excerpts. Every text
// is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';

const transcript = (...pages: string[]): string =>
  ['Protokoll Ekby', '', 'Storlek: px', 'Starta visningen från sidan:', '', 'Transkript', '', ...pages.flatMap((p) => [p, ''])].join('\n');

const FRONT_UNDECLARED =
  '1 1(6) Organ Tid och plats för sammanträdet Beslutande Rådhuset, Ekby den 3 maj 2026 kl Eva Lund Per Ek Anna Berg Övriga deltagare Bo Alm Utses att justera Per Ek Justeringens plats och tid Rådhuset den 5 maj 2026 Sekreterare Paragrafer Bo Alm Ordförande Eva Lund Justerande Per Ek';
const FRONT_DECLARED =
  '1 Sid 1 (7) Sammanträdesprotokoll Plats och tid Rådhuset, Ekby kl Paragrafer 1-8 Närvarande Se sidan 2 Sekreterare Bo Alm Ordförande Eva Lund (S) Per Ek (M) Anslag/Bevis Protokollet är justerat.';

const items = (text: string): [number | null, string, number][] =>
  parseText(text).documents.flatMap((d) => d.items.map((i): [number | null, string, number] => [i.number, i.title, i.decisions.length]));

describe('a transcript cut short after its first two §§', () => {
  it('reads the two where the first stands atop its page', () => {
    const text = transcript(
      FRONT_UNDECLARED,
      '2 2(6) Innehållsförteckning 84 Fastställande av dagordning Taxor för bygglov Ny brandstation... 5',
      '3 3(6) 84 Fastställande av dagordning Ärendebeskrivning Förslag till dagordning har sänts ut till ledamöterna. Beslut Dagordningen fastställs. 85 Taxor för bygglov Ärendebeskrivning Nämnden har tagit fram nya taxor för bygglov som ska',
    );
    expect(items(text).slice(0, 2)).toEqual([
      [84, 'Fastställande av dagordning', 1],
      [85, 'Taxor för bygglov', 0],
    ]);
  });

  it('reads the two that open a declared range, the second after the last word of the first', () => {
    const text = transcript(
      FRONT_DECLARED,
      '2 Sid 2 (7) Ledamöter Närv. Frånv Eva Lund, ordf (S) Per Ek (M) Övriga Bo Alm, sekreterare',
      '3 Sid 3 (7) 1 Fastställande av föredragningslista Föredragningslistan fastställs med ett tillägg 2 Ändrad delegation Dnr 26EN4 Nämnden beslutar att godkänna den nya delegationen. Kansliet har sett över vem som får besluta i brådskande ärenden och',
    );
    expect(items(text)).toEqual([
      [1, 'Fastställande av föredragningslista', 1],
      [2, 'Ändrad delegation', 1],
    ]);
  });

  it('leaves two numbers alone where a third of the range stands further on, or the numbers do not count up', () => {
    const further = transcript(
      FRONT_DECLARED,
      '3 Sid 3 (7) 1 Ny taxa för bygglov Nämnden fastställer taxan med ett tillägg 2 Ändrad delegation Dnr 26EN4 Nämnden beslutar att godkänna den nya delegationen. Kansliet har sett över ärendena under 5 Veckor i sommar.',
    );
    expect(restoreLostSigns(further)).not.toContain('§');
    // (where the first number opens a standing point, `1 Fastställande av föredragningslista`, the point's title is
    // evidence enough: the two are §§ and the third number stays one, normalise/standing-headings.ts)
    const standing = transcript(
      FRONT_DECLARED,
      '3 Sid 3 (7) 1 Fastställande av föredragningslista Föredragningslistan fastställs med ett tillägg 2 Ändrad delegation Dnr 26EN4 Nämnden beslutar att godkänna den nya delegationen. Kansliet har sett över ärendena under 5 Veckor i sommar.',
    );
    const restored = restoreLostSigns(standing);
    expect(restored).toContain('§ 1 Fastställande av föredragningslista');
    expect(restored).toContain('§ 2 Ändrad delegation');
    expect(restored).toContain('under 5 Veckor');
    const apart = transcript(FRONT_UNDECLARED, '3 3(6) 84 Taxor för bygglov Beslut Taxorna fastställs. 86 Ny brandstation Nämnden har tagit fram ett förslag.');
    expect(restoreLostSigns(apart)).not.toContain('§');
    // (a standing point's title after the first makes it a § alone; the second, not counting on from it, stays a number)
    const standingApart = restoreLostSigns(
      transcript(FRONT_UNDECLARED, '3 3(6) 84 Fastställande av dagordning Beslut Dagordningen fastställs. 86 Taxor för bygglov Nämnden har tagit fram nya taxor.'),
    );
    expect(standingApart).toContain('§ 84 Fastställande av dagordning');
    expect(standingApart).not.toContain('§ 86');
  });
});
