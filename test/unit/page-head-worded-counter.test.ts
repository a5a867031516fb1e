// A page's running head inside a § whose counter is written with the lexicon's words, not in
// brackets (`Miljönämnden Sida 2 av 3`, `Sid 2/3`, `Page 2 of 3`): page furniture, no part of
// the § text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('a running head with a worded counter at a page\'s top inside a §', () => {
  for (const head of ['Miljönämnden Sida 2 av 3', 'Sid 2/3', 'Miljönämnden Page 2 of 3', 'Protokoll 2025-02-04 Sidan 2 av 3']) {
    it(`leaves \`${head}\` out of the § text`, () => {
      const doc = meetingDoc(
        text(
          'PROTOKOLL', 'Miljönämnden 2025-02-04', '', 'Beslutande', 'Henrik Vall (C), ordförande', 'Tova Sundin (L)', '',
          '§ 7 Val av justerare', 'Tova Sundin utses att justera protokollet.', '',
          '§ 8 Rapporter', 'Rapporterna läggs till handlingarna.', `\f${head}`, 'Nämnden noterar rapporterna.', '',
          '§ 9 Meddelanden', 'Meddelandena läggs till handlingarna.',
        ),
      );
      expect(doc.items.map((i) => i.number)).toEqual([7, 8, 9]);
      expect(item(doc, 8).text).not.toMatch(/\b(?:Sida|Sidan|Sid|Page) 2\b/u);
      expect(item(doc, 8).text).toContain('Nämnden noterar rapporterna.');
    });
  }
});
