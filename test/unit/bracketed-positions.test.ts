// Staff listed with their position in a bracket after the name (`Lars Ek (kommundirektör), Kent
// Åberg (politiska sekreterare)`), the position a few words in lower case, an adjective in the plural
// before its word: the words are the position, not a note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a position of several words in a bracket', () => {
  it('reads the bracket as the position, a remark in a bracket still as a note', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Plats och tid        Kommunalhuset, kl 16:00-17:15',
        'Övriga deltagande    Lars Ek (kommundirektör), Kent Åberg (politiska sekreterare), Sara Holm (tf kommunchef), Eva Ny (politisk sekreterare), Bo Lind (närvarande under § 3)',
        'Utses att justera    Dan Ström (MP)', '',
        '§ 1 Val av justerare', 'Kommunstyrelsen utser Dan Ström att justera protokollet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Lars Ek', 'kommundirektör', null],
      ['Kent Åberg', 'politiska sekreterare', null],
      ['Sara Holm', 'tf kommunchef', null],
      ['Eva Ny', 'politisk sekreterare', null],
      ['Bo Lind', null, 'närvarande under § 3'],
    ]);
  });
});
