// A nämnd's föredragningslista whose points stand under group headings in capitals (`EKONOMI`,
// `INDIVID OCH FAMILJ`), one a line between the points or run on with them where a web archive
// flattened the page: each heading is the section of the points under it, no part of the title of
// the point above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const LIST = ['KALLELSE', 'Omsorgsnämnden', 'Tid: 2026-05-07 kl. 13.00', 'Plats: Kommunhuset, Västby', '', 'Föredragningslista',
  '1. Val av justerare', '2. Tid för justering', 'EKONOMI', '3. Budgetuppföljning april', '4. Lönekostnader', 'INDIVID OCH FAMILJ',
  '5. Försörjningsstöd', '6. Riktlinjer för boendestöd'];
const expected = [
  [1, 'Val av justerare', null],
  [2, 'Tid för justering', null],
  [3, 'Budgetuppföljning april', 'EKONOMI'],
  [4, 'Lönekostnader', 'EKONOMI'],
  [5, 'Försörjningsstöd', 'INDIVID OCH FAMILJ'],
  [6, 'Riktlinjer för boendestöd', 'INDIVID OCH FAMILJ'],
];

describe('group headings in capitals between the points of a notice', () => {
  it('one a line: the section of the points under them', () => {
    expect(meetingDoc(text(...LIST)).items.map((i) => [i.number, i.title, i.section])).toEqual(expected);
  });

  it('run on with the points on one line: the same', () => {
    expect(meetingDoc(text(LIST.filter((l) => l !== '').join(' '))).items.map((i) => [i.number, i.title, i.section])).toEqual(expected);
  });

  it('leaves an abbreviation ending a title, and a title in capitals, as they are', () => {
    const doc = meetingDoc(text('KALLELSE', 'Omsorgsnämnden', 'Tid: 2026-05-07 kl. 13.00', '', '1. Information om LSS', '2. Rapport från KSAU', '3. ÅRSREDOVISNING FÖR', 'FÖRBUNDET 2025', '4. Övriga frågor'));
    expect(doc.items.map((i) => [i.title, i.section])).toEqual([
      ['Information om LSS', null],
      ['Rapport från KSAU', null],
      ['ÅRSREDOVISNING FÖR FÖRBUNDET 2025', null],
      ['Övriga frågor', null],
    ]);
  });
});
