// A transcript (a document-sharing site's text of a PDF) numbers each flattened page before the
// document's own counter, here in other templates' forms: `2 Sidan 2 av 4 § 7 …`, `3 Blad 3 av 4 § 8 …`.
// The counters are cut, the § headings read as they are. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a transcript\'s pages opening with `Sidan` or `Blad` counters', () => {
  for (const word of ['Sida', 'Sidan', 'Blad', 'SIDAN']) {
    it(`reads the § headings after \`${word} N av 4\``, () => {
      const doc = meetingDoc(
        text(
          `1 ${word} 1 av 4 Plats och tid Stadshuset, rum 4, kl. 09.00-11.30 Beslutande Ledamöter Henrik Vall (C), ordförande, Tova Sundin (L), Rasmus Holt (M) Justering Justerande Plats och tid Tova Sundin (L) Stadshuset 2025-02-11 Paragrafer 7-8 Underskrifter Sekreterare Ordförande Justerande Gunnel Ask Henrik Vall (C) Tova Sundin (L) Utdragsbestyrkande`,
          '',
          `2 ${word} 2 av 4 § 7 Val av justerare Miljönämndens beslut Tova Sundin (L) utses att justera protokollet. Justerandes sign Utdragsbestyrkande`,
          '',
          `3 ${word} 3 av 4 § 8 Rapporter Miljönämndens beslut Rapporterna läggs till handlingarna. Justerandes sign Utdragsbestyrkande`,
        ),
      );
      expect(doc.items.map((i) => [i.number, i.title])).toEqual([[7, 'Val av justerare'], [8, 'Rapporter']]);
      expect(JSON.stringify(doc)).not.toMatch(new RegExp(`${word} \\d`));
      expect(doc.signatures).toMatchObject({ chair: ['Henrik Vall'], adjusters: ['Tova Sundin'] });
    });
  }
});
