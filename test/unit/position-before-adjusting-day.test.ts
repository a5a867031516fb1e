// Labels in a row and their values run on after them in one transcript text, the adjusting's label last: the last
// official's position runs on into the adjusting's place and day (`Lisa Holm, kanslichef Kommunkansliet 2016-09-29`).
// The place and the day are the adjusting's; the official stays under the officials' label, not among the members (the
// entries counted as the labels did and nothing was paired), and no one is lost. Names invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const read = (line: string) => meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2016-09-20', '', line, '', '§ 1 Öppnande', 'Öppnas.', '', '§ 9 Avslutning', 'Avslutas.'));
const rows = (line: string) => read(line).participants.map((p) => [p.name, p.role, p.position]);

describe('a position run on into the adjusting day', () => {
  it('gives the place and day to the adjusting, the official to the officials', () => {
    const line = 'Beslutande Övriga närvarande Justeringens plats och tid Anna Ek (S), ordförande Per Ås (M) Lisa Holm, kanslichef Kommunkansliet 2016-09-29';
    expect(rows(line)).toEqual([
      ['Anna Ek', 'member', 'ordförande'],
      ['Per Ås', 'member', null],
      ['Lisa Holm', 'other', 'kanslichef'],
    ]);
    expect(read(line).signatures?.adjustedOn).toBe('2016-09-29');
  });

  it('keeps the last official whose position the day follows', () => {
    expect(rows('Ledamöter Ersättare Övriga Justeringsdatum Anna Ek (S), ordförande Per Ås (M) Eva Berg (C) Olle Sand (S) Lisa Holm, kanslichef Bo Lind, ekonom 2016-09-29').slice(4)).toEqual([
      ['Lisa Holm', 'other', 'kanslichef'],
      ['Bo Lind', 'other', 'ekonom'],
    ]);
  });
});
