// A city's web list of a council meeting's §§ (Swedish-language Finnish): each § beside its place on the list
// (`§ 89 Ärende/2`), its title on the next line with links to its paper after it (`Val av protokolljusterare (pdf)
// (html)`), then its attachments. The title is the next line's, without the links. Every text is invented.
import { describe, expect, it } from 'vitest';
import { recogniseItemHeader } from '../../src/text/numbering.js';
import { lineOf, meetingDoc, text } from './helpers.js';

const page = text(
  'Stadsfullmäktige / Kaupunginvaltuusto',
  '',
  '07 / 12.04.2023',
  '',
  '§ 89 Ärende/2',
  '',
  'Val av protokolljusterare (pdf) (html)',
  '',
  '',
  '§ 90 Ärende/3',
  '',
  'Val av ersättare i idrottsnämnden (pdf) (html)',
  '',
  'Bilaga 1',
  '',
  '',
  '§ 91 Ärende/4',
  '',
  'Detaljplaneändring för Ekgatan 4 i Norrby (nr 12801) (pdf) (html)',
  '',
  'Bilaga 1',
);

describe('a web list of §§ with each point’s place beside its §', () => {
  it('the place is no title', () => {
    expect(recogniseItemHeader(lineOf('§ 89 Ärende/2'))).toMatchObject({ number: 89, rest: '' });
  });

  it('the title is the next line’s, without its links', () => {
    const doc = meetingDoc(page);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [89, 'Val av protokolljusterare'],
      [90, 'Val av ersättare i idrottsnämnden'],
      [91, 'Detaljplaneändring för Ekgatan 4 i Norrby (nr 12801)'],
    ]);
  });
});
