// Flattened § pages of Swedish-language Finnish minutes that open with the title in capitals, then the §'s number, then
// the proposal's label in capitals (`2 SAMMANKALLANDE OCH BESLUTFÖRHET 145 FÖRSLAG: …`): the numbers counting up are
// the §§, the title ends before the label. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';
import { restoreCapitalsBeforeNumber } from '../../src/normalise/capitals-before-number.js';

const itemsOf = (t: string) => parseText(t).documents.flatMap((d) => d.items.map((i) => [i.number, i.title]));
const FRONT = '1 Ekby kommun PROTOKOLL 4/2031 Kommunstyrelsen Sammanträdestid 12.5.2031 kl. 18.00 Paragrafer 145-147';

describe('a title in capitals before its number and the proposal\'s label', () => {
  it('reads the §§ of transcript pages, each after its page number', () => {
    const t = text(
      FRONT, '',
      '2 SAMMANKALLANDE OCH BESLUTFÖRHET 145 FÖRSLAG: Sammanträdet konstateras lagligen sammankallat och beslutfört. BESLUT: Förslaget godkändes.', '',
      '3 VAL AV PROTOKOLLJUSTERARE 146 FÖRSLAG: Till protokolljusterare väljs Eva Lund och Bo Ek. BESLUT: Förslaget godkändes.', '',
      '4 BUDGETUPPFÖLJNING 147 FÖRSLAG: Kommunstyrelsen antecknar uppföljningen. BESLUT: Förslaget godkändes.',
    );
    expect(itemsOf(t)).toEqual([
      [145, 'SAMMANKALLANDE OCH BESLUTFÖRHET'],
      [146, 'VAL AV PROTOKOLLJUSTERARE'],
      [147, 'BUDGETUPPFÖLJNING'],
    ]);
  });
  it('reads them with the director\'s label and no page numbers, as another board writes them', () => {
    const t = text(
      'Västby kommun', 'PROTOKOLL 2/2032', 'Kommunstyrelsen', '',
      'LAGLIGHET OCH BESLUTFÖRHET 12 KOMMUNDIREKTÖRENS FÖRSLAG: Mötet konstateras lagligt. BESLUT: Enligt förslag.', '',
      'ÄNDRING AV DETALJPLAN FÖR KV 4 13 KOMMUNDIREKTÖRENS FÖRSLAG: Planen godkänns. BESLUT: Enligt förslag.',
    );
    expect(itemsOf(t)).toEqual([
      [12, 'LAGLIGHET OCH BESLUTFÖRHET'],
      [13, 'ÄNDRING AV DETALJPLAN FÖR KV 4'],
    ]);
  });
  it('changes no single line', () => {
    const t = text('Västby kommun', '', 'LAGLIGHET OCH BESLUTFÖRHET 12 FÖRSLAG: Mötet konstateras lagligt.', '');
    expect(restoreCapitalsBeforeNumber(t)).toBe(t);
  });
});
