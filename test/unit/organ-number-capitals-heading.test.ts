// Åland and Finland-Swedish minutes write an item's heading as the organ's short name and the
// number, no § (`KS 41 Budget 2025`, `KS 41 TITLE IN CAPITALS`). Such a line is an item where
// the document's headings have that form, not a line of a body under `§ 12` headings; and a
// running head with the organ's whole name and a number (`Kommunstyrelsen 42`) is no heading.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = ['SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 12.3.2025', '', 'Beslutande', 'Holm Anders, ordförande', 'Sjöberg Lena', 'Wik Tomas', ''];

describe('an organ\'s short name and a number before the title', () => {
  it('reads titles in capitals where every heading has that form', () => {
    const doc = meetingDoc(
      text(
        ...front,
        'KS 41 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET',
        'Sammanträdet konstateras lagligt sammankallat och beslutfört.',
        '',
        'KS 42 VAL AV PROTOKOLLJUSTERARE',
        'Till protokolljusterare utses Lena Sjöberg och Tomas Wik.',
        '',
        '\fKommunstyrelsen 42',
        '',
        'KS 43 BUDGETUPPFÖLJNING JANUARI-FEBRUARI',
        'Kommunstyrelsen antecknar uppföljningen för kännedom.',
        '',
        'KS 44 AVTAL OM SKOLSKJUTSAR 2025-2027',
        'Kommunstyrelsen godkänner avtalet.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [41, 'SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET'],
      [42, 'VAL AV PROTOKOLLJUSTERARE'],
      [43, 'BUDGETUPPFÖLJNING JANUARI-FEBRUARI'],
      [44, 'AVTAL OM SKOLSKJUTSAR 2025-2027'],
    ]);
    expect(JSON.stringify(doc.items)).not.toContain('Kommunstyrelsen 42');
  });

  it('reads the organ\'s running head as no heading beside titles in mixed case', () => {
    const doc = meetingDoc(
      text(
        ...front,
        'KS 41 Budget 2025',
        'Kommunstyrelsen föreslår fullmäktige att anta budgeten.',
        '',
        '\fKommunstyrelsen 41',
        '',
        'KS 42 Val av protokolljusterare',
        'Till protokolljusterare utses Lena Sjöberg.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[41, 'Budget 2025'], [42, 'Val av protokolljusterare']]);
    expect(JSON.stringify(doc.items)).not.toContain('Kommunstyrelsen 41');
  });

  it('reads Åland\'s short name of the board, `Kst 66 …`', () => {
    const doc = meetingDoc(
      text(
        ...front,
        'Kst 66 SAMMANTRÄDETS KONSTITUERANDE',
        'Sammanträdet konstateras lagligt sammankallat och beslutfört.',
        '',
        'Kst 67 Tillkännagivanden och information',
        'Kommunstyrelsen antecknar informationen.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[66, 'SAMMANTRÄDETS KONSTITUERANDE'], [67, 'Tillkännagivanden och information']]);
  });

  it('takes no such line in a body under `§` headings', () => {
    const doc = meetingDoc(
      text(
        ...front,
        '§ 12 Årsredovisning 2024',
        'Ärendet har beretts av arbetsutskottet:',
        'KS 41 ÅRSREDOVISNING FÖR 2024',
        'Kommunstyrelsen beslutar att godkänna årsredovisningen.',
        '',
        '§ 13 Val av protokolljusterare',
        'Till protokolljusterare utses Lena Sjöberg.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[12, 'Årsredovisning 2024'], [13, 'Val av protokolljusterare']]);
  });
});
