// The signers of a front page written right after its participant lists, each label with
// its names on one line (`Ordförande Hans Kolm (S)`, `Justerare Siw Lund (S) Per Hed (C)`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { namesIn } from '../../src/parse/frontpage/signers.js';
import { meetingDoc, text } from './helpers.js';

describe('signers after the participant lists', () => {
  it('a signer label whose name the lists above already gave is who signs, not a position in the list', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunfullmäktige',
        'Tid 18:30-19:30',
        'Plats Aulan, Granby',
        'Beslutande ledamöter',
        'Hans Kolm (S) (ordförande)',
        'Per Hed (C) (2:e vice ordförande)',
        'Siw Lund (S)',
        'Övriga',
        'Lena Fager (Kommundirektör)',
        'Kim Torp (Kommunsekreterare)',
        'Ordförande Hans Kolm (S)',
        'Justerare Siw Lund (S) Per Hed (C)',
        'Sekreterare Kim Torp',
        '',
        '§ 1 Val av justerare',
        'Siw Lund och Per Hed utses att justera.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Hans Kolm', 'member'],
      ['Per Hed', 'member'],
      ['Siw Lund', 'member'],
      ['Lena Fager', 'other'],
      ['Kim Torp', 'other'],
    ]);
    expect(doc.signatures).toMatchObject({ chair: ['Hans Kolm'], adjusters: ['Siw Lund', 'Per Hed'], secretary: ['Kim Torp'] });
  });

  it('cuts names run on after a party (`Siw Lund (S) Per Hed (C)`)', () => {
    expect(namesIn('Siw Lund (S) Per Hed (C)')).toEqual(['Siw Lund', 'Per Hed']);
    expect(namesIn('Björn Ekvall (C)')).toEqual(['Björn Ekvall']);
  });
});
