// A front page where the roles stand after the names (`ledamot`, `ersättare`, `1:e vice
// ordförande`) and the secretary's name runs on into the declared range
// (`Sekreterare Sara Lind Paragrafer 25-30`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = () =>
  meetingDoc(
    text(
      'Sammanträdesprotokoll',
      'Vård och omsorgsnämnden',
      'Plats och tid Sammanträdesrum Ek, klockan 13.00-16.00',
      'Beslutande Tor Hall (S) ordförande',
      'Lena Wik (M) 1:e vice ordförande',
      'Övriga närvarande Anette Palm (S) ersättare',
      'Eva Ås förvaltningschef',
      'Sara Lind sekreterare',
      'Utses att justera Lena Wik (M)',
      'Underskrifter Sekreterare Sara Lind Paragrafer 25-26',
      'Ordförande Tor Hall',
      'Justerande Lena Wik',
      '',
      '§ 25 Ändring av dagordningen',
      'Nämnden beslutar i enlighet med ordförandens förslag.',
      '',
      '§ 26 Budget',
      'Nämnden godkänner budgeten.',
    ),
  );

describe('roles after the names, and a signer run on into the range', () => {
  it('a deputy listed among `Övriga närvarande` is a deputy', () => {
    expect(doc().participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Tor Hall', 'member', 'ordförande'],
      ['Lena Wik', 'member', '1:e vice ordförande'],
      ['Anette Palm', 'deputy', null],
      ['Eva Ås', 'other', 'förvaltningschef'],
      ['Sara Lind', 'other', 'sekreterare'],
    ]);
  });

  it('the secretary is the name before `Paragrafer`, and the range is the declared one', () => {
    const d = doc();
    expect(d.signatures).toMatchObject({ chair: ['Tor Hall'], secretary: ['Sara Lind'], adjusters: ['Lena Wik'] });
    expect(d.meeting?.paragraphs).toEqual({ from: 25, to: 26 });
  });
});
