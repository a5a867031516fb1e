// A list of officials written position first, a comma between the entries (`kommundirektör Jenny Wall, …`), where some
// positions open with a Roman ordinal (`I vice ordf. Siri Hed`, `II v.ordf. Arvid Lund`), as Swedish-language Finnish
// minutes number the presidium's: each position is the name's after it, not shifted onto the name before. Every name
// is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roll = (...lines: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Direktionen', 'Datum 2021-03-04', '', ...lines, '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.')).participants.map((p) => [
    p.name,
    p.role,
    p.position,
  ]);

describe('positions first, some opening with an ordinal', () => {
  it('gives each its own position where the ordinals open the list', () => {
    expect(roll('Beslutande: Tove Strand, Göran Malm', 'Övriga närvarande: I vice ordf. Siri Hed, II vice ordförande Arvid Lund, kommundirektör Jenny Wall')).toEqual([
      ['Tove Strand', 'member', null],
      ['Göran Malm', 'member', null],
      ['Siri Hed', 'other', 'I vice ordförande'],
      ['Arvid Lund', 'other', 'II vice ordförande'],
      ['Jenny Wall', 'other', 'kommundirektör'],
    ]);
  });

  it('gives each its own position where an ordinal stands among the other positions', () => {
    expect(roll('Närvarande', 'Strand Tove', 'Malm Göran', 'Övriga närvarande', 'kanslichef Jenny Wall, II v.ordf. Arvid Lund, ekonom Nils Alm')).toEqual([
      ['Strand Tove', 'member', null],
      ['Malm Göran', 'member', null],
      ['Jenny Wall', 'other', 'kanslichef'],
      ['Arvid Lund', 'other', 'II vice ordförande'],
      ['Nils Alm', 'other', 'ekonom'],
    ]);
  });
});
