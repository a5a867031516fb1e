// A nämnd's föredragningslista with a column of page numbers and group headings in capitals, run onto one line
// by a web archive (`… Kvartalsrapport 14 ÄLDREOMSORG 4. Ny taxa …`): the heading after a point's page number is
// the section of the points under it, no part of the title of the point above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (t: string): unknown => meetingDoc(text(t)).items.map((i) => [i.number, i.section]);

describe('a group heading in capitals after a point\'s page number', () => {
  it('heads the points under it', () => {
    const t = 'KALLELSE Omsorgsnämnden Tid: 2026-05-07 kl. 13.00 Plats: Kommunhuset, Västby Föredragningslista Sida 1. Val av justerare 2. Kvartalsrapport, ekonom Lisa Holm redogör 4 ÄLDREOMSORG 3. Ny taxa för trygghetslarm 9 4. Kvalitetsberättelse 2025 15 INDIVID OCH FAMILJ 5. Riktlinjer för boendestöd 22';
    expect(rows(t)).toEqual([
      [1, null],
      [2, null],
      [3, 'ÄLDREOMSORG'],
      [4, 'ÄLDREOMSORG'],
      [5, 'INDIVID OCH FAMILJ'],
    ]);
    expect(meetingDoc(text(t)).items.map((i) => i.title).join(' | ')).not.toMatch(/ÄLDREOMSORG|FAMILJ/u);
  });

  it('leaves a title in capitals after a number as it is', () => {
    const doc = meetingDoc(text('KALLELSE Omsorgsnämnden Tid: 2026-05-07 kl. 13.00 Föredragningslista 1. Val av justerare 2. BUDGET 2027 3. Övriga frågor'));
    expect(doc.items.map((i) => [i.title, i.section])).toEqual([
      ['Val av justerare', null],
      ['BUDGET 2027', null],
      ['Övriga frågor', null],
    ]);
  });
});
