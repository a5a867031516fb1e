// An official present for part of one § or a few, the § sign left out after `del av`
// (`Hans Dal, socialchef del av 72`, `… del av 71-72`): the position stops before `del av`, the
// §§ are the attended range and the words the note, as they are with the sign. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('part of a § without its sign', () => {
  it('reads the position, the range and the note', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2021-04-13', '',
        'Beslutande      Karin Sjöberg (S), ordförande',
        'Övriga          Lena Berg, ekonomisekreterare del av § 71',
        '                Hans Dal, socialchef del av 72',
        '                Mona Frid, enhetschef del av 71-72', '',
        '§ 70 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.slice(1).map((p) => [p.name, p.role, p.position, p.paragraphs, p.note])).toEqual([
      ['Lena Berg', 'other', 'ekonomisekreterare', { from: 71, to: 71 }, 'del av § 71'],
      ['Hans Dal', 'other', 'socialchef', { from: 72, to: 72 }, 'del av 72'],
      ['Mona Frid', 'other', 'enhetschef', { from: 71, to: 72 }, 'del av 71-72'],
    ]);
  });
});
