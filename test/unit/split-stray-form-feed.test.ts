// A file of two documents whose pages carry a running header with a page counter (`Samordningsförbundet Västkust
// PROTOKOLL   Sida 2 (3)`) and whose text has one stray form feed, inside the first document: the form feed marks
// one page, the counters mark the others, and the headers are page furniture, not text of the §§. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const header = (n: number): string => `Samordningsförbundet Västkust        PROTOKOLL        Sida ${n} (3)`;
const NOTICE = [
  'KALLELSE', 'Styrelsen för Samordningsförbundet Västkust', 'Datum: 2024-03-12', 'Tid: 13.00-15.00', 'Plats: Förbundskansliet, Varberg', '',
  'Förslag till dagordning', '1. Mötets öppnande', '2. Val av justerare', '\f3. Budgetuppföljning', '4. Övriga frågor', '', 'Välkomna!', 'Eva Lund, förbundschef', '', '', '',
];
const MINUTES = [
  header(1), 'Styrelsen', 'Datum: 2024-03-12', 'Tid: 13.00-15.00', 'Plats: Förbundskansliet, Varberg', '',
  'Beslutande', 'Anna Berg, ordförande', 'Olle Nyström', 'Karin Svensson', '',
  '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet och hälsar alla välkomna.', '',
  '§ 2 Val av justerare', 'Olle Nyström väljs att justera protokollet.', '', '',
  header(2), '', '§ 3 Budgetuppföljning', 'Förbundschefen redovisar utfallet för perioden.', 'Styrelsen beslutar att godkänna uppföljningen.', '',
  '§ 4 Övriga frågor', 'Inga övriga frågor.', '', '',
  header(3), '', '§ 5 Mötets avslutande', 'Ordföranden avslutar mötet.', '', 'Vid protokollet', 'Eva Lund', '', 'Justeras', 'Anna Berg          Olle Nyström',
];

describe('a stray form feed in the first of two documents', () => {
  it('leaves the running headers of the second out of its §§', () => {
    const docs = parseText([...NOTICE, ...MINUTES].join('\n')).documents;
    expect(docs.map((d) => [d.kind, d.items.length])).toEqual([
      ['notice', 4],
      ['minutes', 5],
    ]);
    const minutes = docs[1]!;
    expect(minutes.items.map((i) => [i.number, i.text])).toEqual([
      [1, 'Ordföranden öppnar mötet och hälsar alla välkomna.'],
      [2, 'Olle Nyström väljs att justera protokollet.'],
      [3, 'Förbundschefen redovisar utfallet för perioden. Styrelsen beslutar att godkänna uppföljningen.'],
      [4, 'Inga övriga frågor.'],
      [5, 'Ordföranden avslutar mötet.'],
    ]);
  });

  it('reads the same without the form feed (guard)', () => {
    const docs = parseText([...NOTICE.map((l) => l.replace('\f', '')), ...MINUTES].join('\n')).documents;
    expect(docs[1]!.items.map((i) => i.text)[1]).toBe('Olle Nyström väljs att justera protokollet.');
  });
});
