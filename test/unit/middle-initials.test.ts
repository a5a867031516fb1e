// A middle name's initial, with or without its point (`Eva R Sten`, `Anna O. Berg`), is part
// of a name on the front page: in the members' list, among the others present and under a
// signer's label. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

// the §§ under each front page
const ITEMS = ['§ 12 Val av justerare', 'Per Ås utses att justera.', '', '§ 13 Övrigt', 'Inget.'];

const page = (chair: string, secretary: string) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Kommunstyrelsen',
      'Tid 2024-03-12 kl 13.00-15.00',
      'Plats Kommunhuset',
      `Beslutande ${chair} (C), ordförande`,
      'Per Ås (M)',
      `Övriga närvarande ${secretary}, kommunsekreterare`,
      'Utses att justera Per Ås',
      'Underskrifter',
      `Sekreterare ${secretary}`,
      `Ordförande ${chair}`,
      'Justerande Per Ås',
      '',
      ...ITEMS,
    ),
  );

describe('a middle initial in a front page’s names', () => {
  for (const [chair, secretary] of [
    ['Anna O Berg', 'Eva R Sten'],
    ['Anna O. Berg', 'Eva R. Sten'],
  ] as const) {
    it(`keeps \`${chair}\` and \`${secretary}\` as people and signers`, () => {
      const doc = page(chair, secretary);
      expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
        [chair, 'member'],
        ['Per Ås', 'member'],
        [secretary, 'other'],
      ]);
      expect(doc.signatures).toMatchObject({ chair: [chair], secretary: [secretary], adjusters: ['Per Ås'] });
    });
  }
});

describe('a middle initial in a flattened page', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Kommunstyrelsen',
      'Tid 2024-03-12 kl 13.00-15.00 Plats Kommunhuset Beslutande Anna Berg (C), ordförande Per Ås (M) Lisa J Holm (S) Utses att justera Per Ås Underskrifter Sekreterare Ordförande Justerande Eva R Sten Anna Berg Per Ås',
      '',
      ...ITEMS,
    ),
  );
  it('keeps the initial in the run-on members’ list and in the row of signers’ names', () => {
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Anna Berg', 'C'],
      ['Per Ås', 'M'],
      ['Lisa J Holm', 'S'],
    ]);
    expect(doc.signatures).toMatchObject({ chair: ['Anna Berg'], secretary: ['Eva R Sten'], adjusters: ['Per Ås'] });
  });
});
