// Agenda points numbered through the year, as § numbers run (Finland-Swedish boards, and Swedish ones that number a
// notice's points by the minutes' §§): `63. Val av protokolljusterare` is an agenda point like `3.`. Every text is
// invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const items = (text: string) => parse(text).documents[0]!.items.map((i) => [i.number, i.title]);

describe('agenda points numbered past 60', () => {
  it('reads a notice whose points run on from earlier meetings', () => {
    const text = [
      'KALLELSE',
      'Kommunstyrelsen',
      'Tid: Måndagen den 4 maj 2026 kl. 18.00',
      'Plats: Kommungården, Västby',
      '',
      '63. Sammanträdets laglighet och beslutförhet',
      '64. Val av protokolljusterare',
      '65. Budgetuppföljning för första kvartalet',
      '66. Anhållan om befrielse från förtroendeuppdrag',
      '',
    ].join('\n');
    expect(items(text)).toEqual([
      [63, 'Sammanträdets laglighet och beslutförhet'],
      [64, 'Val av protokolljusterare'],
      [65, 'Budgetuppföljning för första kvartalet'],
      [66, 'Anhållan om befrielse från förtroendeuppdrag'],
    ]);
  });

  it('reads points above a hundred', () => {
    const text = ['FÖREDRAGNINGSLISTA', 'Socialnämnden 2026-10-12', '', '112. Delegationsbeslut', '113. Meddelanden', '114. Övriga frågor', ''].join('\n');
    expect(items(text).map(([n]) => n)).toEqual([112, 113, 114]);
  });

  it('still reads no year as a point (a guard)', () => {
    const text = ['KALLELSE', 'Styrelsen 2026-03-02', '', '1. Val av justerare', '2. Budget', '2026. Verksamhetsplan för året', ''].join('\n');
    expect(items(text).map(([n]) => n)).toEqual([1, 2]);
  });
});
