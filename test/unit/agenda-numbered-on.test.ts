// A notice whose points are numbered on from the year's count (`14 Val av justerare` …), one space after the
// number, under the agenda's own heading (`Föredragningslista`, `Dagordning:`) as under `Ärenden`: the points are
// its items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const notice = (heading: string): string =>
  text(
    'KALLELSE',
    'Socialnämnden',
    '',
    'Tid: Tisdag 2024-04-16 kl. 13.00',
    'Plats: Kommunhuset, rum Eken',
    '',
    heading,
    '',
    '14 Val av justerare',
    '15 Godkännande av dagordning',
    '16 Månadsrapport mars 2024',
    '17 Riktlinjer för ekonomiskt bistånd',
    '',
    'Anna Berg',
    'Ordförande',
  );

describe('agenda points numbered on from the year under the agenda heading', () => {
  for (const heading of ['Föredragningslista', 'Dagordning:', 'Ärenden']) {
    it(`are the notice's items under \`${heading}\``, () => {
      const doc = parseText(notice(heading)).documents[0]!;
      expect(doc.kind).toBe('notice');
      expect(doc.items.map((it) => it.number)).toEqual([14, 15, 16, 17]);
      expect(doc.items[3]!.title).toBe('Riktlinjer för ekonomiskt bistånd');
    });
  }
});
