// A document's kind word printed with its capitals spaced apart (`P R O T O K O L L`,
// `PRO T OK OL L`, `M I N N E S A N T E C K N I N G A R`), as a PDF's letter spacing
// leaves it: the word is the title and names the kind. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

describe('kind words in spaced capitals', () => {
  it('notes under a spaced title, whose points decide nothing', () => {
    const doc = meetingDoc(
      [
        'M I N N E S A N T E C K N I N G A R',
        'Beredningsgruppen, Samordningsförbundet Ådalen',
        'Datum: 2024-04-09',
        '',
        '1. Mötets öppnande',
        '2. Aktuellt från parterna',
        '3. Nästa möte',
      ].join('\n'),
    );
    expect([doc.kind, doc.title]).toEqual(['notes', 'MINNESANTECKNINGAR']);
  });

  it('a notice and then minutes, each under its spaced title, are two documents', () => {
    const docs = parseText(
      [
        'K A L L E L S E',
        'Miljönämnden',
        'Datum: 2021-11-03',
        '',
        '1. Val av justerare',
        '2. Tillsynsplan 2022',
        '',
        '',
        '',
        'PRO T OK OL L',
        'Miljönämnden',
        'Sammanträdesdatum 2021-11-03',
        '',
        '§ 71 Val av justerare',
        'Olof Berg utses att justera protokollet.',
        '',
        '§ 72 Tillsynsplan 2022',
        'Nämnden antar tillsynsplanen.',
      ].join('\n'),
    ).documents;
    expect(docs.map((d) => [d.kind, d.title, d.items.map((i) => i.number)])).toEqual([
      ['notice', 'KALLELSE', [1, 2]],
      ['minutes', 'PROTOKOLL', [71, 72]],
    ]);
  });
});
