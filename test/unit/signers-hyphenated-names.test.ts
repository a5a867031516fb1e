// Two adjusters on one line with their parties (`Justerare Tove Lind (S) Ann-Britt Holm (C)`):
// the second name is hyphenated, and the first kept its party's bracket when only an
// unhyphenated given name could open the next name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../../src/parse/frontpage/signers.js';
import { meetingDoc, text } from './helpers.js';

describe('signers named one after the other with their parties', () => {
  it('parts two adjusters whose second given name is hyphenated', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunfullmäktige',
        'Plats och tid: Folkets hus, 2023-04-12 kl 18.30-20.00',
        '',
        'Beslutande',
        'Tove Lind (S), ordförande',
        'Ann-Britt Holm (C)',
        'Per Dahl (M)',
        '',
        'Justerare Tove Lind (S) Ann-Britt Holm (C)',
        'Sekreterare Eva Strand',
        '',
        '§ 1 Val av justerare',
        'Fullmäktige utser Tove Lind och Ann-Britt Holm att justera protokollet.',
      ),
    );
    expect(doc.signatures?.adjusters).toEqual(['Tove Lind', 'Ann-Britt Holm']);
  });

  it('reads the names alone, whatever the given names', () => {
    expect(namesIn('Theo Ås (S) Lars-Erik Berg (C)')).toEqual(['Theo Ås', 'Lars-Erik Berg']);
    expect(namesIn('Mona Ek, Kalle-Bo Strand')).toEqual(['Mona Ek', 'Kalle-Bo Strand']);
    expect(namesIn('Siw Lund (S) Per Hed (C)')).toEqual(['Siw Lund', 'Per Hed']);
  });
});
