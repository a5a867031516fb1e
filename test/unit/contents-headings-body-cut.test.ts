// Minutes whose contents list the extractor printed as § headings without page numbers
// (`§ 12/26 Title` under group headings), after which only the first § or two are written
// out (an excerpt cut off, a page left out): the points listed and not written out again
// are items too, each its listed title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = [
  'PROTOKOLL',
  '',
  'Plats och tid',
  '',
  'Kommunhuset, 2026-03-10 kl. 13.00-15:00',
  '',
  'Beslutande',
  '',
  'Karin Ek (S), ordförande',
  '',
  'Paragrafer',
  '',
  '§§ 12-17',
  '',
];

describe('a contents list printed as headings, the paragraphs after it cut off', () => {
  it('keeps the listed points the body does not write out again', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Innehållsförteckning',
        '',
        '§ 12/26 Fastställande av dagordning',
        '',
        'Beslutsärenden',
        '',
        '§ 13/26 Taxa för hemtjänst 2027',
        '',
        '§ 14/26 Avtal om skolskjuts med Ekby kommun',
        '',
        '§ 15/26 Svar på motion om fler parkbänkar',
        '',
        'Informationsärenden',
        '',
        '§ 16/26 Rapport från förvaltningen',
        '',
        '§ 17/26 Övriga frågor',
        '',
        '§ 12/26 Fastställande av dagordning',
        '',
        'Nämnden fastställer dagordningen med den ändringen att ett ärende',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type])).toEqual([
      [12, 'Fastställande av dagordning', null],
      [13, 'Taxa för hemtjänst 2027', 'decision'],
      [14, 'Avtal om skolskjuts med Ekby kommun', 'decision'],
      [15, 'Svar på motion om fler parkbänkar', 'decision'],
      [16, 'Rapport från förvaltningen', 'information'],
      [17, 'Övriga frågor', 'information'],
    ]);
  });

  it('parts the listed headings that a page flattened onto one line', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Innehållsförteckning',
        '',
        '§ 12/26 Fastställande av dagordning',
        '',
        '§ 13/26 Taxa för hemtjänst 2027',
        '',
        '§ 14/26 Avtal om skolskjuts med Ekby kommun',
        '',
        '§ 15/26 Svar på motion om fler parkbänkar § 16/26 Rapport från förvaltningen § 17/26 Övriga frågor',
        '',
        '§ 12/26 Fastställande av dagordning',
        '',
        'Nämnden fastställer dagordningen med den ändringen att ett ärende',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [12, 'Fastställande av dagordning'],
      [13, 'Taxa för hemtjänst 2027'],
      [14, 'Avtal om skolskjuts med Ekby kommun'],
      [15, 'Svar på motion om fler parkbänkar'],
      [16, 'Rapport från förvaltningen'],
      [17, 'Övriga frågor'],
    ]);
  });
});
