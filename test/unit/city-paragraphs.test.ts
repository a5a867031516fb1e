// A large Finnish-Swedish city's § pages: `Ärende 3. / 412 §` over the title, the meeting
// named under it (`Protokoll 12/2023, sammanträde 5.6.2023`), the body's
// `Beslut`, a `Föredragande` heading over the position and the name, and a closing remark
// that the decision followed the proposal. Invented text in that layout.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const PAGE = [
  'Stadsmiljö, detaljplan, Ekbacka',
  'HEL 2023-001234',
  'Ärende 3. / 412 §',
  '',
  'Detaljplaneändring för Ekbackadalen (nr 12901)',
  '',
  'Tallmo stadsstyrelse',
  'Protokoll 12/2023, sammanträde 5.6.2023',
  '',
  'Beslut',
  '',
  'Stadsstyrelsen föreslog för stadsfullmäktige att stadsfullmäktige godkänner detaljplaneändringen för Ekbackadalen.',
  '',
  'Beslutet är förenligt med förslaget.',
  '',
  'Föredragande',
  'biträdande borgmästare',
  'Anna Lindholm',
  '',
  'Ärende 4. / 413 §',
  '',
  'Understöd till föreningar 2023',
  '',
  'Tallmo stadsstyrelse',
  'Protokoll 12/2023, sammanträde 5.6.2023',
  '',
  'Beslut',
  '',
  'Stadsstyrelsen beslutade bevilja understöd till föreningar enligt bilaga 1.',
  '',
  'Föredragande',
  'borgmästare',
  'Petri Salo',
].join('\n');

describe("a city's § pages", () => {
  it('numbers each item by its § and finds its title, decision and presenter', () => {
    const docs = parseText(PAGE).documents;
    expect(docs).toHaveLength(1);
    expect(docs[0]!.kind).toBe('minutes');
    // the meeting, as each page names it under the title
    expect(docs[0]!.meeting).toMatchObject({ organisation: 'Tallmo stad', body: 'stadsstyrelse', date: '2023-06-05', number: '12/2023' });
    expect(docs[0]!.items.map((i) => [i.number, i.title, i.decisions.length, i.presenter])).toEqual([
      [412, 'Detaljplaneändring för Ekbackadalen (nr 12901)', 1, 'Anna Lindholm'],
      [413, 'Understöd till föreningar 2023', 1, 'Petri Salo'],
    ]);
  });
});
