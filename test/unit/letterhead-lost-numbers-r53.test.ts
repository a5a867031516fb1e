// Minutes flattened by a transcript that lost the §§' signs and some of their numbers, each page opening with the
// letterhead (`2 LIDBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande … 2 Val av två protokollsjusterare …`):
// the §§ found from later numbers (`Dnr: 17/2025 4 Budget`, `5 Övriga frågor`) no longer leave out the first ones,
// which stand before them as a run cut short does (a standing point's title after its number, the opening point
// before it). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const PAGE = (n: number, text: string): string => `${n} LIDBY KOMMUN Kommunstyrelsen PROTOKOLL ${text}`;

describe('the first §§ before a run found from later numbers', () => {
  it('are read from a standing point’s title after its number', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        PAGE(1, 'Sammanträdestid: Sammanträdesplats: Måndagen den 20 januari 2025, kl Kommungården, Lidby Beslutande Holm, Maja Ahl, Sven Rask, Tove Paragrafer 1-5 Underskrifter Maja Holm ordförande Eva Sund sekreterare Protokolljustering Lidby Sven Ahl Tove Rask'),
        '',
        PAGE(2, 'Sammanträdets öppnande Ordföranden öppnade sammanträdet och konstaterade att det var lagligt sammankallat och beslutfört. 2 Val av två protokollsjusterare Till protokollsjusterare valdes Sven Ahl och Tove Rask. Protokolljusterarnas initialer Utdragets riktighet intygar'),
        '',
        PAGE(3, 'Dnr: 452/ Val av ordförande i valnämnden Kommunstyrelsen föreslår att fullmäktige väljer Maja Holm. Protokolljusterarnas initialer Utdragets riktighet intygar'),
        '',
        PAGE(4, 'Dnr: 17/2025 4 Budget 2025 Kommunstyrelsen föreslår att budgeten godkänns. Protokolljusterarnas initialer Utdragets riktighet intygar'),
        '',
        PAGE(5, '5 Övriga frågor Inga övriga frågor. Protokolljusterarnas initialer Utdragets riktighet intygar'),
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Sammanträdets öppnande'],
      [2, 'Val av två protokollsjusterare'],
      [4, 'Budget 2025'],
      [5, 'Övriga frågor'],
    ]);
  });

  it('are none where the run found starts at the range’s first number', () => {
    const doc = meetingDoc(
      [
        'Transkript',
        '',
        '1 PROTOKOLL Tekniska nämnden Sammanträdesdatum 2025-03-11 Paragrafer 12-14 Utses att justera Leif Björk',
        '',
        '2 12 Val av justerare Leif Björk utses att justera protokollet. 13 Taxa för renhållning Nämnden beslutar att anta taxan. 14 Övriga frågor Inga övriga frågor.',
      ].join('\n'),
    );
    expect(doc.items.map((i) => i.number)).toEqual([12, 13, 14]);
  });
});
