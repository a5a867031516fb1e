// A föredragningslista whose table (point | proposal) a transcript flattened, the proposal's
// numbered clauses run on after the point's title (`4 Information 1. Informationen noteras.`):
// the title ends before the first clause, the clauses are the point's text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a proposal column run on after a notice point’s title', () => {
  it('is no part of the title', () => {
    const doc = meetingDoc(
      text(
        'FÖREDRAGNINGSLISTA',
        'Kulturnämnden, Biblioteket, Ekby, tisdagen den 9 juni 2026',
        '',
        '1 Sammanträdet öppnas',
        '2 Val av justerare 1. Anna Berg och Olof Lind utses att justera dagens protokoll.',
        '3 Budget 2027 1. Förslaget till budget fastställs. 2. Förvaltningen får i uppdrag att följa upp budgeten.',
        '4 Information',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Sammanträdet öppnas'],
      [2, 'Val av justerare'],
      [3, 'Budget 2027'],
      [4, 'Information'],
    ]);
    expect(doc.items[2]!.text).toContain('1. Förslaget till budget fastställs.');
  });
});
