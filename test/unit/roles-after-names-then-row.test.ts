// A participants' table of two columns, the names and then their role words (`Beslutande Anna Holm Carita Lind Dan
// Sjöberg ordförande viceordförande ledamot`), flattened column by column as Åland transcripts print it, and the
// table's next row run on after the role words (`Föredragande Arsim Wik Kommundirektör`): each name takes its own role
// word, and the next row's person is read as before. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_ITEMS } from './helpers.js';

const minutes = (participants: string) =>
  meetingDoc(
    text(
      `Nr. 6 Plats och tid Kommunkansliet tisdagen den 14.3.2023 kl. 18:00-20:15 Beslutande ${participants} Övriga närvarande Lisa Nord Paragrafer 45-46 Underskrifter ordförande sekreterare Anna Holm Arsim Wik`,
      '',
      ...VIKSUND_ITEMS,
    ),
  );

const people = (participants: string) =>
  minutes(participants).participants.map((p) => [p.name, p.role, p.position]);

describe('names, then their role words, then the next row', () => {
  it('`… ledamot Föredragande Arsim Wik Kommundirektör`: each name its role word, the presenter read as before', () => {
    expect(people('Anna Holm Carita Lind Dan Sjöberg ordförande viceordförande ledamot Föredragande Arsim Wik Kommundirektör')).toEqual([
      ['Anna Holm', 'member', 'ordförande'],
      ['Carita Lind', 'member', 'viceordförande'],
      ['Dan Sjöberg', 'member', null],
      ['Arsim Wik', 'other', 'föredragande, kommundirektör'],
      ['Lisa Nord', 'other', null],
    ]);
  });

  it('`Carita Lind, frånvarande …`: the absent member takes her role word too, and stays absent', () => {
    const read = people('Anna Holm Carita Lind, frånvarande Dan Sjöberg ordförande ledamot ersättare Föredragande Arsim Wik tf. kommundirektör');
    expect(read.slice(0, 4)).toEqual([
      ['Anna Holm', 'member', 'ordförande'],
      ['Carita Lind', 'absent', null],
      ['Dan Sjöberg', 'deputy', null],
      ['Arsim Wik', 'other', 'föredragande, tf. kommundirektör'],
    ]);
  });

  it('as many role words as names, and no more: otherwise the line is read as before', () => {
    const read = people('Anna Holm Carita Lind Dan Sjöberg ordförande ledamot Föredragande Arsim Wik Kommundirektör');
    expect(read.map((p) => p[0])).toContain('Arsim Wik');
    expect(read.find((p) => p[0] === 'Anna Holm')?.[2]).toBeNull();
  });
});
