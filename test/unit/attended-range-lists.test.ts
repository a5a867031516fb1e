// The §§ a person attended written as a list of ranges (`§§ 1-4, 9-12`, `§ 2, 5-7`, `§§ 3-4 och
// 8-10`) beside a name in a front page's list: the range the list spans, with the list as written
// in the note, as a list of single §§ (`ärende 13, 15`) is kept; and the same list without the sign
// (`31-34, 38-40`, `fritidschef 31, 33-35`) inside the range the minutes declare. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('attended §§ written as a list of ranges', () => {
  const doc = meetingDoc(
    text(
      'Tekniska nämnden              SAMMANTRÄDESPROTOKOLL',
      '                              Sammanträdesdatum 2022-05-11',
      '',
      'Plats och tid          Sessionssalen, kommunhuset, kl. 08:30-15:00',
      '',
      'Beslutande             Hans Bro (C), ordförande',
      '                       Maria Kvist (S) §§ 1-4, 9-12',
      '                       Olof Tall (M)',
      '                       Ove Lind (S) tjänstgör för Maria Kvist (S) §§ 5-8',
      '',
      'Övriga deltagande      Karin Mo, sekreterare',
      '                       Anders Berg, miljöchef § 2, 5-7',
      '                       Lisa Sund, planarkitekt §§ 3-4 och 8-10',
      '',
      'Utses att justera      Olof Tall (M)',
      '',
      '§ 1 Val av justerare',
      'Olof Tall utses att justera.',
    ),
  );
  const row = (name: string) => {
    const p = doc.participants.find((x) => x.name === name)!;
    return [p.position, p.paragraphs, p.note];
  };

  it('spans the list from its first § to its last, and notes it as written', () => {
    expect(row('Maria Kvist')).toEqual([null, { from: 1, to: 12 }, '§§ 1-4, 9-12']);
    expect(row('Anders Berg')).toEqual(['miljöchef', { from: 2, to: 7 }, '§ 2, 5-7']);
    expect(row('Lisa Sund')).toEqual(['planarkitekt', { from: 3, to: 10 }, '§§ 3-4 och 8-10']);
  });

  it('still reads one range beside a deputy as before', () => {
    expect(row('Ove Lind')).toEqual([null, { from: 5, to: 8 }, null]);
  });
});

describe('attended §§ written as a bare list, without the sign', () => {
  const doc = meetingDoc(
    text(
      'Kultur- och fritidsnämnden        SAMMANTRÄDESPROTOKOLL',
      '                                  Sammanträdesdatum 2023-09-06',
      '',
      'Plats och tid          Biblioteket, kl. 18:00-20:30',
      '',
      'Beslutande             Hans Bro (C), ordförande',
      '                       Maria Kvist (S) 31-34, 38-40',
      '                       Olof Tall (M)',
      '                       Ove Lind (S) ersätter Maria Kvist (S) 35-37',
      '',
      'Övriga deltagande      Karin Mo, sekreterare',
      '                       Anders Berg, fritidschef 31, 33-35',
      '                       Eva Dal, kulturchef 2019-2023',
      '',
      'Utses att justera      Olof Tall (M)',
      'Paragrafer             31-40',
      '',
      '§ 31 Val av justerare',
      'Olof Tall utses att justera.',
    ),
  );
  const row = (name: string) => {
    const p = doc.participants.find((x) => x.name === name)!;
    return [p.position, p.paragraphs, p.note];
  };

  it('spans a bare list inside the declared §§, and notes it', () => {
    expect(row('Maria Kvist')).toEqual([null, { from: 31, to: 40 }, '31-34, 38-40']);
    expect(row('Anders Berg')).toEqual(['fritidschef', { from: 31, to: 35 }, '31, 33-35']);
    expect(row('Ove Lind')).toEqual([null, { from: 35, to: 37 }, null]);
  });

  it('leaves numbers outside the declared §§ as written', () => {
    expect(row('Eva Dal')[1]).toBeNull();
  });
});
