// Swedish-language Finnish minutes list people surname first, one a line (`Berglund, Liane`),
// with given names common there (Liane, Eivor, Matts, Gundel). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('people listed surname first, one a line', () => {
  it('reads each line as one person, with the given names borne in Swedish-speaking Finland', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL Nr 5/2016',
        'Sammanträdestid Måndagen den 4 april 2016, kl. 18:00-21:43',
        'Sammanträdesplats Kommungården',
        'Beslutande:',
        'Berglund, Liane',
        'Dalvik, Eivor',
        'Holmberg, Matts',
        'Strand, Gundel',
        'Övriga närvarande:',
        'Bjon, Inger förvaltningschef',
        'Paragrafer: 69-70',
        '',
        '§ 69 Laglighet och beslutförhet',
        'Sammanträdet konstaterades vara lagligen sammankallat och beslutfört.',
        '§ 70 Val av protokolljusterare',
        'Till protokolljusterare valdes Eivor Dalvik och Matts Holmberg.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Berglund Liane', 'member'],
      ['Dalvik Eivor', 'member'],
      ['Holmberg Matts', 'member'],
      ['Strand Gundel', 'member'],
      ['Bjon Inger', 'other'],
    ]);
  });
});

describe('given names written with an accent', () => {
  it('splits two people sharing a role where the second is `Helén`', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Beslutsgruppen för regionalfonden', 'Datum 2017-11-14', 'Ledamöter: Gun Alm, ordförande', 'Dessutom: Margareta Öst/Helén Ek, sekretariatet', '', '1. Val av justerare', 'Gun Alm valdes till justerare.'),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Gun Alm', 'member'],
      ['Margareta Öst', 'other'],
      ['Helén Ek', 'other'],
    ]);
  });
});
