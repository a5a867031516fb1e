// A web agenda copied as text from an HTML list: each point's bullet and its number with a full stop on a line of
// their own (`▪ 3.`), the title on the next line or after a blank line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a bullet and a numbered point with its full stop on a line of their own', () => {
  it('reads each point with the title under its number, the group headings between', () => {
    const doc = meetingDoc(
      text(
        'Regionfullmäktiges sammanträde 14 mars 2025',
        'Tid: 09:30',
        'Plats: Regionens hus, Norrhamn',
        '',
        'Dagordning',
        '',
        '▪ 1.',
        'Upprop och anmälan av ersättare',
        '▪ 2.',
        'Val av två justerare',
        '▪ 3.',
        'Investeringsplan för vårdcentralen i Åsby',
        'RS 2025-0112',
        'Nya motioner',
        '▪ 4.',
        'Motion om fler gångfartsgator i Norrhamn',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Upprop och anmälan av ersättare'],
      [2, 'Val av två justerare'],
      [3, 'Investeringsplan för vårdcentralen i Åsby'],
      [4, 'Motion om fler gångfartsgator i Norrhamn'],
    ]);
  });

  it('reads the points a blank line under their numbers, the bullet a middle dot', () => {
    const doc = meetingDoc(
      text(
        'Kallelse till direktionen för Räddningstjänsten Mellanbygd',
        'Datum: 2025-04-09 kl. 13.00',
        '',
        '· 1.',
        '',
        '  Sammanträdets öppnande',
        '',
        '· 2.',
        '',
        '  Delårsrapport för räddningstjänsten',
        '',
        '· 3.',
        '',
        '  Övriga frågor',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Sammanträdets öppnande'],
      [2, 'Delårsrapport för räddningstjänsten'],
      [3, 'Övriga frågor'],
    ]);
  });
});
