// A notice whose agenda groups its points under plain headings set apart by blank lines
// (`Information` / `3. …` / `4. …` / blank / `Beslut` / `5. …`): the plain `Beslut` heads the
// points after it as `Information` does, and is no text of the point above it. Under a point's
// own title in a tight list the word stays that point's type (agenda-type-cell-under-title).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['KALLELSE', 'Samordningsförbundet Björkdal', 'Styrelsen', 'Tid: 2026-04-09 kl. 09.00–12.00', 'Plats: Förbundets kansli', '', 'Dagordning', ''];

describe('a plain Beslut group heading in a notice', () => {
  it('heads the points after it, as Information does', () => {
    const doc = meetingDoc(
      text(...HEAD, '1. Mötets öppnande', '2. Val av justerare', '', 'Information', '3. Rapport från kansliet', '4. Uppföljning av insatserna', '', 'Beslut', '5. Budget 2027', '6. Revidering av delegationsordning'),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.type, i.section, i.text])).toEqual([
      [1, 'Mötets öppnande', null, null, ''],
      [2, 'Val av justerare', null, null, ''],
      [3, 'Rapport från kansliet', 'information', 'Information', ''],
      [4, 'Uppföljning av insatserna', 'information', 'Information', ''],
      [5, 'Budget 2027', 'decision', 'Beslut', ''],
      [6, 'Revidering av delegationsordning', 'decision', 'Beslut', ''],
    ]);
  });

  it('with a colon, and first in the list', () => {
    const doc = meetingDoc(text(...HEAD, 'Beslut:', '1. Årsredovisning 2025', '2. Ansökan om medel', '', 'Information:', '3. Rapport från beredningsgruppen'));
    expect(doc.items.map((i) => [i.number, i.type, i.section, i.text])).toEqual([
      [1, 'decision', 'Beslut', ''],
      [2, 'decision', 'Beslut', ''],
      [3, 'information', 'Information', ''],
    ]);
  });
});
