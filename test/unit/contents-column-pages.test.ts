// A contents list flattened column by column without a heading (`§ 43` / `§ 44` / … one a
// line, then the titles one a line), each title with its page number after one space
// (`Ekonomisk rapport per oktober 3`): the page is no part of the title the list gives the
// § below. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TEXT = [
  'Protokoll',
  'Samordningsförbundet Västerå',
  'Plats och tid: Förbundets kansli, Västerå 2022-11-18 kl. 09.00-11.30',
  '',
  'Beslutande: Karin Alm, ordförande',
  'Olof Sten',
  '',
  'Underskrifter: Paragrafer 40-45',
  '',
  '§ 40 Mötets öppnande',
  '§ 41 Val av protokollsjusterare',
  'Beslutsärende',
  '§ 42',
  '§ 43',
  '§ 44',
  '§ 45',
  'Ekonomisk rapport per oktober 3',
  'Ansökan om medel till insatsen Steget vidare. Beslutsärende 4',
  'Verksamhetsplan och budget 2023 5',
  'Meddelanden 6',
  '',
  '§ 40 Mötets öppnande',
  'Ordföranden hälsar alla välkomna och öppnar mötet.',
  '',
  '§ 41 Val av protokollsjusterare',
  'Styrelsen beslutar att utse Olof Sten att justera protokollet.',
  '',
  '§ 42 Ekonomisk rapport per oktober',
  'Förbundschefen redovisar utfallet per oktober.',
  'Styrelsen beslutar att lägga rapporten till handlingarna.',
  '',
  '§ 43 Ansökan om medel till insatsen Steget vidare',
  'Styrelsen beslutar att bevilja 400 000 kronor.',
  '',
  '§ 44 Verksamhetsplan och budget 2023',
  'Styrelsen beslutar att fastställa verksamhetsplanen.',
  '',
  '§ 45 Meddelanden',
  'Meddelandena läggs till handlingarna.',
  '',
].join('\n');

describe('a contents list of numbers, then titles each ending on its page', () => {
  it('gives the §§ their titles without the page numbers', () => {
    const doc = meetingDoc(TEXT);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [40, 'Mötets öppnande'],
      [41, 'Val av protokollsjusterare'],
      [42, 'Ekonomisk rapport per oktober'],
      [43, 'Ansökan om medel till insatsen Steget vidare'],
      [44, 'Verksamhetsplan och budget 2023'],
      [45, 'Meddelanden'],
    ]);
  });
});
