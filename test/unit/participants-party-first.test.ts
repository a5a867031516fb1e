// A list that writes each person's party before the name with one space between (`S Eva Åber`,
// `KD Stig Nils, tjänstgör för …`), the party column of a table run into the names, beside lists
// written as usual: each list is read, none is lost for the others. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const read = (...lists: string[]): string[] => meetingDoc(text(
  'PROTOKOLL', 'Kultur- och fritidsnämnden 2024-03-05', '',
  'Plats och tid Stadshuset, kl. 13.00-15.30', '',
  ...lists, '',
  'Utses att justera Eva Åber', '', '§ 15 Mötets öppnande', 'Ordföranden öppnade mötet.',
)).participants.map((p) => `${p.role}|${p.name}|${p.party ?? ''}|${p.substituteFor ?? ''}`);

describe('parties written before the names', () => {
  it('reads the members when the staff list after them is written as usual', () => {
    expect(read('Beslutande M Janne Wich', 'S Eva Åber', 'Tjänstemän Olof Lind, förvaltningschef')).toEqual([
      'member|Janne Wich|M|', 'member|Eva Åber|S|', 'other|Olof Lind||',
    ]);
  });

  it('reads a deputy who serves for a member, the party first', () => {
    expect(read('Beslutande M Janne Wich', 'C Mikael Lars, tjänstgör för Magnus Lill (M)', 'Tjänstemän Olof Lind, förvaltningschef')).toEqual([
      'member|Janne Wich|M|', 'deputy|Mikael Lars|C|Magnus Lill', 'other|Olof Lind||',
    ]);
  });

  it('reads the deputies not serving, their parties first, after members written as usual', () => {
    expect(read('Beslutande Janne Wich (M)', 'Eva Åber (S)', 'Ej tjänstgörande ersättare KD Stig Nils, S Eva Adolf')).toEqual([
      'member|Janne Wich|M|', 'member|Eva Åber|S|', 'deputy|Stig Nils|KD|', 'deputy|Eva Adolf|S|',
    ]);
  });
});
