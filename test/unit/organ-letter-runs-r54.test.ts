// § headings that write an organ's letters the lexicon does not know before the number (`IR 36 Val av justerare`,
// `KHR 5 …`, `Miln 33 …`), with or without the sign, on lines of their own or run on after a transcript's page number
// (`2 IR 36 Val av justerare Till justerare utses …`): where the numbers count up, they are the items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';
import { restoreOrganLetterSigns } from '../../src/normalise/organ-letter-runs.js';

const itemsOf = (t: string) => parseText(t).documents.flatMap((d) => d.items.map((i) => [i.number, i.title]));

const ownLines = (a: string, b: string, c: string): string =>
  text('PROTOKOLL', 'Individutskottet', 'Sammanträdesdatum 2031-03-04', '', `${a} Val av justerare`, 'Till justerare utses Eva Lund.', '', `${b} Ansökan om bidrag till Ekby IF`, 'Utskottet beslutar att bevilja bidraget.', '', `${c} Information om sommarlovet`, 'Informationen noteras.');

const transcript = (code: string, range = ''): string =>
  text(
    `1 Protokoll Fritidsutskottet Sammanträdesdatum 2031-03-04 Plats och tid Stadshuset kl 13.00${range} Justerare Eva Lund`,
    '',
    `2 ${code} 36 Val av justerare Till justerare utses Eva Lund.`,
    '',
    `3 ${code} 37 Ansökan om bidrag till Ekby IF Utskottet beslutar att bevilja bidraget.`,
    '',
    `4 ${code} 38 Information om sommarlovet Informationen noteras.`,
  );

describe('an organ\'s letters the lexicon does not know before numbers that count up', () => {
  it('reads capitals before the number, each heading on its line', () => {
    expect(itemsOf(ownLines('IR 36', 'IR 37', 'IR 38'))).toEqual([
      [36, 'Val av justerare'],
      [37, 'Ansökan om bidrag till Ekby IF'],
      [38, 'Information om sommarlovet'],
    ]);
  });
  it('reads three capitals the same way', () => {
    expect(itemsOf(ownLines('KHR 5', 'KHR 6', 'KHR 7')).map(([n]) => n)).toEqual([5, 6, 7]);
  });
  it('gives a heading whose number was lost between two of the run its number', () => {
    expect(itemsOf(ownLines('Bu 12', 'Bu /', 'Bu 14'))).toEqual([
      [12, 'Val av justerare'],
      [13, 'Ansökan om bidrag till Ekby IF'],
      [14, 'Information om sommarlovet'],
    ]);
  });
  it('changes nothing where the numbers do not count up', () => {
    const t = 'Ekby kommun\nKHR 5 Tillgänglighet\nText.\nKHR 9 Parkering\nText.\n';
    expect(restoreOrganLetterSigns(t)).toBe(t);
  });
  it('changes nothing for a page counter or an attachment at a line start', () => {
    const t = 'Sida 2 Protokoll\nText.\nSida 3 Protokoll\nText.\nBilaga 1 Karta\nBilaga 2 Ritning\n';
    expect(restoreOrganLetterSigns(t)).toBe(t);
  });
  it('leaves a known organ\'s headings as they stand', () => {
    const t = 'Kf 72 Motion om cykelbanor\nText.\nKf 73 Ks 94 dnr 127/2031 Reglemente\nText.\n';
    expect(restoreOrganLetterSigns(t)).toBe(t);
  });
});

describe('a transcript\'s page number before the organ\'s letters and the number', () => {
  for (const code of ['IR', 'KHR', 'Kfu', 'Miln', 'Tn', 'TN']) {
    it(`reads \`2 ${code} 36 Title Text\` as § 36`, () => {
      expect(itemsOf(transcript(code)).map(([n]) => n)).toEqual([36, 37, 38]);
      expect(itemsOf(transcript(code, ' Paragrafer 36-38'))).toEqual([
        [36, 'Val av justerare'],
        [37, 'Ansökan om bidrag till Ekby IF'],
        [38, 'Information om sommarlovet'],
      ]);
    });
  }
  it('reads `3 Bu § 37 Title Text` with the sign written, not the page as the number', () => {
    expect(itemsOf(transcript('Bu §')).map(([n]) => n)).toEqual([36, 37, 38]);
  });
});
