// An Åland file opens with the meeting's `SAMMANTRÄDESKALLELSE`, its organ named, and the minutes' pages follow under
// no organ's name: the minutes are of the kallelse's organ; not where the two name different days. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const file = (minutesDay: string): string =>
  [
    'EKBY KOMMUN KOMMUNSTYRELSEN',
    '',
    'SAMMANTRÄDESKALLELSE Sammanträdestid tisdagen 4 mars 2031 kl. 17:00 Sammanträdesplats Kommunkansliet',
    'KS 21 Kallelse och beslutförhet KS 22 Val av protokolljusterare KS 23 Budget 2032',
    'Ekby Anna Holm Kommunstyrelsens ordförande',
    '',
    `Nr. 3 Plats och tid Kommunkansliet ${minutesDay} kl 17:00 Beslutande Anna Holm Per Lund Eva Berg ordförande ledamot ledamot`,
    'Paragrafer Underskrifter Anna Holm Karl Ek',
    '',
    'KS 21 KALLELSE OCH BESLUTFÖRHET',
    'Mötet konstateras lagenligt sammankallat och beslutfört.',
    '',
    'KS 22 VAL AV PROTOKOLLJUSTERARE',
    'Till protokolljusterare valdes Per Lund och Eva Berg.',
  ].join('\n');

describe('minutes under the kallelse that opens their file (r49)', () => {
  it('are of its organ', () => {
    const docs = parseText(file('tisdagen 4 mars 2031')).documents;
    expect(docs.map((d) => [d.kind, d.meeting?.body])).toEqual([
      ['notice', 'kommunstyrelse'],
      ['minutes', 'kommunstyrelse'],
    ]);
  });

  it('are not of the organ of another day\'s kallelse', () => {
    const docs = parseText(file('onsdagen 12 mars 2031')).documents;
    expect(docs.map((d) => [d.kind, d.meeting?.body ?? null])).toEqual([
      ['notice', 'kommunstyrelse'],
      ['minutes', null],
    ]);
  });
});
