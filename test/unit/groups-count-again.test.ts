// An agenda that numbers each group of points from 1 again under the group's heading
// (`Beslutsärenden` / `1. …` `2. …` / `Informationsärenden` / `1. …`): every point is read,
// in its group, and no warning says the numbers go back. A list inside a point's text that
// counts from 1 under a word that may head a group (`Information` / `1. …`) stays text where
// the first point stands under no group heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('groups that each count their points from 1', () => {
  const doc = meetingDoc(
    text(
      'KALLELSE', 'Styrelsen, Samordningsförbundet Norrdal', 'Tid: 2026-02-12 kl. 09.00', 'Plats: Kansliet', '',
      'Beslutsärenden', '1. Budget 2026', '2. Verksamhetsplan 2026', '3. Attestordning', '',
      'Informationsärenden', '1. Rapport från kansliet', '2. Nationella rådet',
    ),
  );

  it('reads every point with its number and group', () => {
    expect(doc.items.map((it) => [it.number, it.title, it.type])).toEqual([
      [1, 'Budget 2026', 'decision'],
      [2, 'Verksamhetsplan 2026', 'decision'],
      [3, 'Attestordning', 'decision'],
      [1, 'Rapport från kansliet', 'information'],
      [2, 'Nationella rådet', 'information'],
    ]);
    expect(doc.warnings.filter((w) => w.code === 'paragraph-order')).toEqual([]);
  });

  it('leaves a list in a point’s text as text where the points stand in no group (guard)', () => {
    const notes = meetingDoc(
      text(
        'MINNESANTECKNINGAR', 'Beredningsgruppen, Samordningsförbundet Norrdal', 'Datum: 2026-01-20', '',
        '1. Inledning', 'Okke hälsade välkomna.', '', '2. Aktuellt', 'Information', '1. Nytt ärendesystem', '2. Ny hemsida', '', '3. Nästa möte', '17 mars.',
      ),
    );
    expect(notes.items.map((it) => [it.number, it.title])).toEqual([[1, 'Inledning'], [2, 'Aktuellt'], [3, 'Nästa möte']]);
  });
});
