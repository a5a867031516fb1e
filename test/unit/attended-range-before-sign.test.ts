// The paragraphs an official attended, written as a range's end or start before the sign (`miljöchef t o m § 108`,
// `ekonom fr o m § 5`, `t.o.m. § 7`), inside a list of those present flattened onto one line: the sign is no § heading
// there (a false § before the minutes' own first one made the front page's `Datum då anslaget …` open a new document).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const minutes = (attended: string): string => `Full text

(1)

Plats och tid Sammanträdesrum 2, Rådhuset, kl 13.00 – 15.10

Beslutande

Ledamöter Nils Ahlberg (C), ordförande Karin Öst (S) Lars Vik (M)

Övriga närvarande

Tjänstemän Stina Holm, miljöchef ${attended} 44 Per Dahl, nämndsekreterare

Utses att justera Karin Öst

Justerade paragrafer §§ 41 - 45

(2)

Anslag / Bevis

Protokollet är justerat

Organ Vikby kommun, Miljönämnden

Sammanträdesdag 2021-05-12

Datum då anslaget sätts upp

2021-05-14

Datum då anslaget

tas ned 2021-06-05

(3)

§ 41

Miljöpris 2021

Beslut

Miljönämnden utser Eva Sund till mottagare av årets miljöpris.

§ 42

Tillsynsplan 2021

Beslut

Miljönämnden antar tillsynsplanen.
`;

describe('a range of attended §§ in a flattened list of those present', () => {
  for (const attended of ['t o m §', 'fr o m §', 't.o.m. §', 'tom §']) {
    it(`is no heading after \`${attended}\``, () => {
      const docs = parseText(minutes(attended)).documents.filter((d) => d.kind === 'minutes');
      expect(docs).toHaveLength(1);
      expect(docs[0]!.items.map((i) => [i.number, i.title])).toEqual([
        [41, 'Miljöpris 2021'],
        [42, 'Tillsynsplan 2021'],
      ]);
    });
  }
});
