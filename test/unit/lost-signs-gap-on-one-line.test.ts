// Flattened minutes that kept the § of some headings and lost it on others run on one line
// (`§ 43 Mötets öppnande … 44 Fastställande av dagordning … 45 Val av justerare … § 46 …`):
// the numbers that fill the gap between two kept §§, in order and where a heading can stand,
// are §§ too. A number in a body that fills no gap (`§ 44` comes later) stays text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = ['PROTOKOLL', 'Kommunstyrelsen 2025-05-13', '', 'Beslutande', 'Åsa Berg (S), ordförande', 'Nils Kvist (M)', ''];

describe('§§ lost between kept ones on a flattened line', () => {
  it('reads the numbers that fill the gap, on the §\'s line or on a line of their own', () => {
    const doc = meetingDoc(
      text(
        ...front,
        '§ 43 Mötets öppnande Ordföranden öppnar mötet. 44 Fastställande av dagordning Kommunstyrelsen fastställer dagordningen. 45 Val av justerare Kommunstyrelsen utser Nils Kvist att justera protokollet. § 46 Budgetuppföljning april Kommunstyrelsen lägger uppföljningen till handlingarna.',
        '',
        '47 Anmälan av delegationsbeslut Kommunstyrelsen lägger anmälan till handlingarna. 48 Övriga frågor Inga övriga frågor anmäls.',
        '',
        '§ 49 Mötets avslutande',
        'Ordföranden avslutar mötet.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [43, 'Mötets öppnande'],
      [44, 'Fastställande av dagordning'],
      [45, 'Val av justerare'],
      [46, 'Budgetuppföljning april'],
      [47, 'Anmälan av delegationsbeslut'],
      [48, 'Övriga frågor'],
      [49, 'Mötets avslutande'],
    ]);
  });

  it('leaves a number that fills no gap', () => {
    const doc = meetingDoc(
      text(
        ...front,
        '§ 43 Mötets öppnande Ordföranden öppnar mötet. 44 Ledamöter och ersättare har kallats.',
        '',
        '§ 44 Fastställande av dagordning',
        'Kommunstyrelsen fastställer dagordningen.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[43, 'Mötets öppnande'], [44, 'Fastställande av dagordning']]);
  });
});
