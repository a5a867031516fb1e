// More front-page layouts of municipal minutes: names in a row over their role words in lower
// case, members listed in running text (`A (S), B (M) och C (KD).`), a deputy's sentence
// wrapped over two lines, `Justering` heading `Justerande` and `Plats och tid`, a coffee break
// in the place's value, a lower-case party after the member a deputy serves for, `sekr`.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Val av justerare', 'Informationen noteras.');

describe('more front-page layouts', () => {
  it('reads a row of names over a row of role words in lower case, after the labels said the adjusters', () => {
    const doc = meetingDoc(
      text(
        'ÅBYGDS KOMMUN', 'KOMMUNFULLMÄKTIGE', '',
        'Datum:        Måndagen den 5 februari 2024',
        'Plats:        Folkets hus',
        'Justerare:    Alva Rud (L) och Jon Rask (S)',
        '',
        'Agnes Dal          Jan Glimt         Alva Rud (L)          Jon Rask (S)',
        'sekreterare        ordförande        justerare             justerare',
      ) + ITEMS,
    );
    expect(doc.signatures).toMatchObject({ chair: ['Jan Glimt'], secretary: ['Agnes Dal'], adjusters: ['Alva Rud', 'Jon Rask'] });
  });

  const RUNNING = meetingDoc(
    text(
      'KOMMUNSTYRELSEN          Sammanträdesdatum 2024-03-05          Sidan 1(12)',
      '',
      'Plats och tid        Tornrummet, rådhuset kl. 09:00-11:50',
      '                     Ajournering för kaffe kl. 09:35-10:00',
      '',
      'Beslutande',
      'Ledamöter            Göran Falk (S), Karin Modig (S), Sture Blom (M),',
      '                     Leif Rask (V), Anders Kvist (C) och Johan Ekman (KD).',
      '',
      'Tjänstgörande        Lisa Hammar (S) ersätter Stefan Roos (S) och Anna Wallin (M) ersätter',
      'ersättare            Margit Holm (M).',
      '',
      'Övriga deltagare     Eva Mark, sekr',
      '                     Max Lindé (L) ersätter Per Ohlin (c)',
      '',
      'Justering',
      'Justerande           Johan Ekman (KD)',
      'Plats och tid        Kommunkansliet, 2024-03-12',
    ) + ITEMS,
  );

  it('parts members listed in running text at commas and `och`, and a deputy\'s sentence wrapped over two lines', () => {
    expect(RUNNING.participants.map((p) => [p.name, p.party, p.role, p.substituteFor])).toEqual([
      ['Göran Falk', 'S', 'member', null],
      ['Karin Modig', 'S', 'member', null],
      ['Sture Blom', 'M', 'member', null],
      ['Leif Rask', 'V', 'member', null],
      ['Anders Kvist', 'C', 'member', null],
      ['Johan Ekman', 'KD', 'member', null],
      ['Lisa Hammar', 'S', 'deputy', 'Stefan Roos'],
      ['Anna Wallin', 'M', 'deputy', 'Margit Holm'],
      ['Eva Mark', null, 'other', null],
      ['Max Lindé', 'L', 'deputy', 'Per Ohlin'],
    ]);
  });

  it('writes `sekr` out, and leaves no lower-case party of the member served for as a note', () => {
    expect(RUNNING.participants.find((p) => p.name === 'Eva Mark')?.position).toBe('sekreterare');
    expect(RUNNING.participants.find((p) => p.name === 'Max Lindé')?.note).toBeNull();
  });

  it('reads `Plats och tid` under `Justering` as the adjusting\'s, and drops the coffee break from the place', () => {
    expect(RUNNING.signatures).toMatchObject({ adjusters: ['Johan Ekman'], adjustedOn: '2024-03-12' });
    expect(RUNNING.meeting).toMatchObject({ date: '2024-03-05', location: 'Tornrummet, rådhuset', startTime: '09:00', endTime: '11:50' });
  });
});

describe('hours attended after a position', () => {
  it('keeps `08:15-11:00` after the position as a note, not part of it', () => {
    const doc = meetingDoc(
      text('Kommunstyrelsens arbetsutskott              2024-03-02', '', 'Plats och tid       Kommunhuset, rum 5, kl. 08:15-12:00', '',
        'Beslutande          Roger Hammby', '                    Kerstin Gadby', 'Övriga deltagande   Lena Danby, kommunchef 08:15-11:00',
        '                    Hans Pernby, ej tjänstgörande ersättare 08:15-11:00') + ITEMS,
    );
    expect(doc.participants.slice(2).map((p) => [p.name, p.position, p.note])).toEqual([
      ['Lena Danby', 'kommunchef', '08:15-11:00'],
      ['Hans Pernby', null, '08:15-11:00'],
    ]);
  });
});

describe('an adjective before a position', () => {
  it('keeps `administrativ chef` and `medicinskt ansvarig` whole as the position', () => {
    const doc = meetingDoc(
      text('SAMMANTRÄDESPROTOKOLL', 'KOMMUNFULLMÄKTIGE', '', 'Sammanträdestid:  2024-05-20 kl. 18.30-21.00', '',
        'Övriga deltagande: Ola Ingeby, administrativ chef', '                   Eva Ekby, medicinskt ansvarig sjuksköterska') + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Ola Ingeby', 'administrativ chef', null],
      ['Eva Ekby', 'medicinskt ansvarig sjuksköterska', null],
    ]);
  });
});
