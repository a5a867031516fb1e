// Attended §§ without the sign at the end of a list written as a sentence, the last entry closed by a
// point (`Pelle Ek (L) ersätter Stina Falk (M) 102-110.`): the range is the §§ attended, as it is
// without the point. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a bare range before the point that ends a run-on list', () => {
  it('reads the range as the §§ the deputy served', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2019-10-08', '',
        'Plats och tid       Nordsalen, kommunhuset kl. 08:30-12:10',
        'Beslutande          Ledamöter',
        '                    Kerstin Alm (S), Olle Berg (M) och Frida Ström (C).',
        '                    Tjänstgörande ersättare',
        '                    Maja Nord (S) ersätter Rune Dahl (S), Pelle Ek (L) ersätter Stina Falk (M) 102-110.',
        'Utses att justera   Olle Berg (M)',
        'Paragrafer          101-112', '',
        '§ 101 Val av justerare', 'Kommunstyrelsen utser Olle Berg att justera protokollet.',
      ),
    );
    const pelle = doc.participants.find((p) => p.name === 'Pelle Ek')!;
    expect([pelle.role, pelle.party, pelle.substituteFor, pelle.paragraphs, pelle.note]).toEqual(['deputy', 'L', 'Stina Falk', { from: 102, to: 110 }, null]);
  });
});
