// The §§ a participant attended in forms seen at several bodies' front pages: a bracket holding one end of the range
// (`(- 92)`, `(-§ 92)` until, `(§ 90-)` from), an agenda point as `pkt 6`, a bare list closed by a
// part of a § (`50-56, 58, del av 60-61`) and a list written out of order (`68-70, 54, 66`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('attended §§ written in the forms of round 49', () => {
  const doc = meetingDoc(
    text(
      'Byggnadsnämnden               SAMMANTRÄDESPROTOKOLL',
      '                              Sammanträdesdatum 2023-03-14',
      '',
      'Plats och tid          Rådhuset, kl. 13:00-16:30',
      'Paragrafer             §§ 50-96',
      '',
      'Beslutande             Greta Al (C), ordförande',
      '                       Maj Rönn (S) (- 92)',
      '                       Orvar Ask (M) (-§ 92)',
      '                       Lina Hägg (L) (§ 90-)',
      '',
      'Övriga deltagande      Kerstin Myr, sekreterare',
      '                       Arne Sälg, miljöchef, pkt 54, 56',
      '                       Lotta Vide, planarkitekt (p 61)',
      '                       Sune Ek, bygglovschef p62',
      '                       Ulla Lönn, Kommunal, 50-56, 58, del av 60-61',
      '                       Knut Rask, ekonom, 68-70, 54, 66',
      '                       Bo Gran, controller, §§ 71-73, 52',
      '',
      'Utses att justera      Orvar Ask (M)',
      '',
      '§ 50 Val av justerare',
      'Orvar Ask utses att justera.',
    ),
  );
  const row = (name: string) => {
    const p = doc.participants.find((x) => x.name === name)!;
    return [p.paragraphs, p.note];
  };

  it('reads a bracket with a dash at one end as the range open at the other', () => {
    expect(row('Maj Rönn')).toEqual([{ from: null, to: 92 }, null]);
    expect(row('Orvar Ask')).toEqual([{ from: null, to: 92 }, null]);
    expect(row('Lina Hägg')).toEqual([{ from: 90, to: null }, null]);
  });

  it('reads an agenda point written `pkt`, and keeps a bare `p` with its number in the note', () => {
    expect(row('Arne Sälg')).toEqual([{ from: 54, to: 56 }, 'pkt 54, 56']);
    // (a bare `p6` is not read as §§: run on after one person's entry, before the next name with no separator, it
    // moved the cut between two people on a real page of a regional board's notes)
    expect(row('Lotta Vide')).toEqual([null, 'p 61']);
    expect(row('Sune Ek')[0]).toBeNull();
  });

  it('spans a list closed by part of a § and a list out of order, and notes them as written', () => {
    expect(row('Ulla Lönn')).toEqual([{ from: 50, to: 61 }, '50-56, 58, del av 60-61']);
    expect(row('Knut Rask')).toEqual([{ from: 54, to: 70 }, '68-70, 54, 66']);
    expect(row('Bo Gran')).toEqual([{ from: 52, to: 73 }, '§§ 71-73, 52']);
  });
});

describe('an open range written without the bracket', () => {
  const doc = meetingDoc(
    text(
      'Kultur- och fritidsnämnden    SAMMANTRÄDESPROTOKOLL',
      '                              Sammanträdesdatum 2023-10-04',
      '',
      'Plats och tid          Biblioteket, kl. 18:00-21:00',
      'Paragrafer             §§ 1-20',
      '',
      'Beslutande             Greta Al (C), ordförande',
      '                       Maj Rönn (S), -§ 12',
      '                       Orvar Ask (M), §§ 13-',
      '                       Lina Hägg (L) (2019-)',
      '',
      'Övriga deltagande      Kerstin Myr, sekreterare',
      '                       Arne Sälg, fritidschef – § 12',
      '',
      'Utses att justera      Orvar Ask (M)',
      '',
      '§ 1 Val av justerare',
      'Orvar Ask utses att justera.',
    ),
  );
  const range = (name: string) => doc.participants.find((x) => x.name === name)!.paragraphs;

  it('reads a dash run on before the sign as until, a dash that ends the entry as from', () => {
    expect(range('Maj Rönn')).toEqual({ from: null, to: 12 });
    expect(range('Orvar Ask')).toEqual({ from: 13, to: null });
  });

  it('keeps a dash between position and § a separator, and a year in a bracket no §', () => {
    expect(range('Arne Sälg')).toEqual({ from: 12, to: 12 });
    expect(range('Lina Hägg')).toBeNull();
  });
});

describe('a § list whose last entry is part of a § only', () => {
  const doc = meetingDoc(
    text(
      'Miljönämnden                  SAMMANTRÄDESPROTOKOLL',
      '                              Sammanträdesdatum 2023-11-21',
      '',
      'Plats och tid          Stadshuset, kl. 09:00-12:00',
      'Paragrafer             §§ 50-70',
      '',
      'Beslutande             Greta Al (C), ordförande',
      '',
      'Övriga deltagande      Kerstin Myr, sekreterare',
      '                       Arne Sälg, miljöinspektör, §§ 50-56, 58, del av 60-61',
      '                       Lotta Vide, ekonom, § 52-54, del av § 55',
      '',
      '§ 50 Val av justerare',
      'Greta Al utses att justera.',
    ),
  );
  const row = (name: string) => {
    const p = doc.participants.find((x) => x.name === name)!;
    return [p.paragraphs, p.note];
  };

  it('spans the list to the part-§ and notes it whole', () => {
    expect(row('Arne Sälg')).toEqual([{ from: 50, to: 61 }, '§§ 50-56, 58, del av 60-61']);
    expect(row('Lotta Vide')).toEqual([{ from: 52, to: 55 }, '§ 52-54, del av § 55']);
  });
});
