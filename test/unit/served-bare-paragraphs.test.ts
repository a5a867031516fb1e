// The §§ a person served written after a word of service with no § sign (`Tove Lind (V) tjg 19-32`,
// `Nils Strand (S) Tjg 20`, `tjänstgörande ersättare 22-25`) and after a capitalised `Tjg` with the
// sign (`Tjg §§ 19-32`): the range is the paragraphs attended; a clock time after the word stays a
// note. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('paragraphs served after a word of service', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-05-14', 'Plats och tid          Rådhuset, kl. 13.00-16.10', '',
      'Beslutande             Maria Holm (S), ordförande',
      '                       Tove Lind (V) tjg 19-32',
      '                       Olof Dahl (KD) Tjg §§ 19-32',
      '                       Nils Strand (S) Tjg 20',
      '                       Rut Molin, ersättare, tjänstgörande ersättare 22-25, Norrby kommun',
      '                       Mona Vik (C) tjänstgör 13.00-15.00',
      '                       Ola Ek (S) tjg',
      '', 'Utses att justera      Nils Strand', '',
      '§ 18 Val av justerare', 'Nämnden utser Nils Strand att justera protokollet.',
    ),
  );
  const row = (name: string): unknown[] => {
    const p = doc.participants.find((q) => q.name === name)!;
    return [p.party, p.position, p.paragraphs === null ? null : [p.paragraphs.from, p.paragraphs.to], p.note];
  };

  it('reads a bare range or number after `tjg` as the §§', () => {
    expect(row('Tove Lind')).toEqual(['V', null, [19, 32], 'tjg 19-32']);
    expect(row('Nils Strand')).toEqual(['S', null, [20, 20], 'Tjg 20']);
  });

  it('reads `Tjg` capitalised before the § sign as a remark, not a word of the name', () => {
    expect(row('Olof Dahl')).toEqual(['KD', null, [19, 32], 'Tjg §§ 19-32']);
  });

  it('reads a range after `tjänstgörande ersättare`, the position kept', () => {
    expect(row('Rut Molin')).toEqual([null, 'ersättare, tjänstgörande ersättare', [22, 25], null]);
  });

  it('keeps clock times and a bare mark as notes', () => {
    expect(row('Mona Vik')).toEqual(['C', null, null, 'tjänstgör 13.00-15.00']);
    expect(row('Ola Ek')).toEqual(['S', null, null, 'tjg']);
  });
});
