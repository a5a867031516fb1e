// Three list headings on one line (`Ledamöter: Ersättare: Övriga närvarande`), then every name, the lists
// apart by blank lines: as many lists as headings, each heading giving its own role, so each list is
// its heading's in order. Without the blank lines (one list), or with a heading over the others
// (`Närvarande   Beslutande`), the names stay under the last heading as before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (...front: string[]): string[][] =>
  meetingDoc(
    text('FÖRBUNDSSTYRELSEN PROTOKOLL Nr 6', '', 'Tid: fredagen den 9 mars 2018 kl 13.00-15.00', 'Plats: Kommunkansliet, Norrby', '', ...front, '', '§ 1 SAMMANTRÄDETS LAGLIGHET', 'Sammanträdet konstaterades lagligt.'),
  ).participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('list headings on one line over as many lists', () => {
  it('each list its heading’s, in order', () => {
    expect(page('Ledamöter: Ersättare: Övriga närvarande', '', 'Anna Berg, ordf.', 'Per Holm', 'Karin Lund', '', 'Lisa Ek', 'Ola Strand', '', 'Jonas Falk, förbundsdirektör')).toEqual([
      ['Anna Berg', 'member', 'Ledamöter'],
      ['Per Holm', 'member', 'Ledamöter'],
      ['Karin Lund', 'member', 'Ledamöter'],
      ['Lisa Ek', 'deputy', 'Ersättare'],
      ['Ola Strand', 'deputy', 'Ersättare'],
      ['Jonas Falk', 'other', 'Övriga närvarande'],
    ]);
  });

  it('not one list without blank lines: the names stay as they were read', () => {
    const names = page('Ledamöter: Ersättare: Övriga närvarande', '', 'Anna Berg, ordf.', 'Per Holm', 'Lisa Ek', 'Jonas Falk, förbundsdirektör');
    expect(new Set(names.map((n) => n[2]))).toEqual(new Set(['Övriga närvarande']));
  });
});
