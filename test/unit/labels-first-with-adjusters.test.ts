// A row of labels of the lists and the adjusters' (`Beslutande Övriga närvarande Utses att justera`),
// then their values, one group or line each: each label takes its own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2021-06-08', '', 'Plats och tid Stadshuset, kl 14.00-16.30'];
const ITEMS = ['', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'];
const people = (t: string): (string | null)[][] => meetingDoc(t).participants.map((p) => [p.name, p.roleLabel, p.position]);

describe('the lists’ labels and the adjusters’ in one row', () => {
  it('over groups of values between blank lines', () => {
    const t = text(...HEAD, 'Beslutande Övriga närvarande Utses att justera', 'Sara Dal (S), ordförande', 'Olof Kask (M)', '', 'Vera Stam, förvaltningschef', '', 'Olof Kask', ...ITEMS);
    expect(people(t)).toEqual([
      ['Sara Dal', 'Beslutande', 'ordförande'],
      ['Olof Kask', 'Beslutande', null],
      ['Vera Stam', 'Övriga närvarande', 'förvaltningschef'],
    ]);
    expect(meetingDoc(t).signatures?.adjusters).toEqual(['Olof Kask']);
  });

  it('over one line of values each, the adjusting’s place and day last', () => {
    const t = text(
      ...HEAD, 'Beslutande Ersättare Övriga närvarande Utses att justera Justeringens plats och tid',
      'Sara Dal (S), ordförande, Olof Kask (M), Ines Berg (C)', 'Pia Lund (S)', 'Vera Stam, förvaltningschef', 'Olof Kask', 'Stadshuset 2021-06-14', ...ITEMS,
    );
    expect(people(t)).toEqual([
      ['Sara Dal', 'Beslutande', 'ordförande'],
      ['Olof Kask', 'Beslutande', null],
      ['Ines Berg', 'Beslutande', null],
      ['Pia Lund', 'Ersättare', null],
      ['Vera Stam', 'Övriga närvarande', 'förvaltningschef'],
    ]);
    expect(meetingDoc(t).signatures).toMatchObject({ adjusters: ['Olof Kask'], adjustedOn: '2021-06-14' });
  });
});
