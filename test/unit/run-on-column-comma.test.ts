// Two lists' headings side by side (`Beslutande   Beslutande ersättare`) and both lists run on after them in one text,
// each list's entries parted by commas and no comma after a list's last (`… Eva Lind (KD) Olle Dal (S), Maja Sand (M),
// Nils Berg (L)`): the entry with no comma after it, where the next follows, closes the first list; the second
// heading's list starts after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (front: string) => meetingDoc(text(
  'SAMMANTRÄDESPROTOKOLL', 'Omsorgsnämnden 2019-03-12', '', front, '', '§ 17 Fastställande av dagordning', 'Dagordningen fastställs.',
));
const roll = (front: string) => doc(front).participants.map((p) => `${p.name}|${p.role}`);
const AFTER = ' Övriga deltagande Karin Ås, sekreterare Utses att justera Per Ek (M) Underskrifter Sekreterare Karin Ås Ordförande Anna Berg (S) Justerande Per Ek (M)';

describe('two lists run on after their headings side by side', () => {
  it('the entry with no comma after it closes the first list', () => {
    expect(roll(`Beslutande Beslutande ersättare Anna Berg (S) ordförande, Per Ek (M) vice ordförande, Lars Holm (C), Eva Lind (KD) Olle Dal (S), Maja Sand (M), Nils Berg (L) Ersättare Ida Holm (S), Sven Ås (M),${AFTER}`)).toEqual([
      'Anna Berg|member', 'Per Ek|member', 'Lars Holm|member', 'Eva Lind|member', 'Olle Dal|deputy', 'Maja Sand|deputy', 'Nils Berg|deputy',
      'Ida Holm|deputy', 'Sven Ås|deputy', 'Karin Ås|other',
    ]);
  });
});
