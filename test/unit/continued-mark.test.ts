// Minutes that mark a § going on over a page with `Forts. § 41` (or `Fortsättning § 41`,
// `forts KS § 41`) at the next page's top: the mark is no text of the §, and the decision
// under it is read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const text = (mark: string): string =>
  [
    'PROTOKOLL',
    'Socialnämnden',
    'Sammanträdesdatum 2022-06-14',
    '',
    'Beslutande',
    'Per Holm (S), ordförande',
    'Ann Ek (M)',
    '',
    '§ 41 Budgetuppföljning maj',
    'Förvaltningen redovisar utfallet för maj månad.',
    '',
    'Justerandes sign\tUtdragsbestyrkande',
    '',
    '\fPROTOKOLL',
    'Socialnämnden',
    'Sammanträdesdatum 2022-06-14',
    '',
    mark,
    'Socialnämnden beslutar att godkänna uppföljningen.',
    '',
    '§ 42 Meddelanden',
    'Meddelandena läggs till handlingarna.',
    '',
  ].join('\n');

describe('a continued § marked at the next page', () => {
  for (const mark of ['Forts. § 41', 'Fortsättning § 41', 'forts SN § 41']) {
    it(`drops \`${mark}\` from the text and reads the decision under it`, () => {
      const doc = meetingDoc(text(mark));
      const it41 = doc.items.find((i) => i.number === 41)!;
      expect(it41.text).not.toContain('41');
      expect(it41.decisions.map((d) => d.text)).toEqual(['Socialnämnden beslutar att godkänna uppföljningen.']);
      expect(doc.items.map((i) => i.number)).toEqual([41, 42]);
    });
  }
});
