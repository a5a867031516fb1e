// Swedish-language Finnish minutes that write an organ's shortened name in mixed case before
// each § (`Kst § 45`, `Bildn § 7`, `Kfge 12 §`), none of them in the lexicon's list: the
// headings are read, and a sentence that cites a § (`Se § 40 …`) is no heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const FRONT = ['PROTOKOLL', 'Kommunstyrelsen i Strandvik', 'Datum: 2024-03-12', '', 'Närvarande', 'Alva Berg, ordförande', 'Pekka Holm', ''];

describe("an organ's mixed-case letters before the §", () => {
  it('reads `Tekn § 3` headings', () => {
    const doc = meetingDoc(
      [...FRONT, 'Tekn § 3', 'Gatubelysning 2025', 'Nämnden godkänner planen.', 'Se § 40 i förra årets protokoll.', '', 'Tekn § 4 Snöröjning', 'Avtalet förlängs.', '', 'Tekn § 5', 'Val av ombud', 'Nämnden väljer Pekka Holm.'].join('\n'),
    );
    expect(doc.items.map((it) => it.number)).toEqual([3, 4, 5]);
    expect(item(doc, 3).title).toBe('Gatubelysning 2025');
    expect(item(doc, 3).text).toBe('Nämnden godkänner planen. Se § 40 i förra årets protokoll.');
    expect(item(doc, 4).title).toBe('Snöröjning');
  });

  it('reads `Kfge 12 §` headings, the number before the sign', () => {
    const doc = meetingDoc([...FRONT, 'Kfge 12 §', 'Budget 2025', 'Fullmäktige godkänner budgeten.', '', 'Kfge 13 § Delårsrapport', 'Rapporten antecknas.'].join('\n'));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([
      [12, 'Budget 2025'],
      [13, 'Delårsrapport'],
    ]);
  });
});
