// `Kansliet` (`Sekretariat`, `Förbundets kansli`) over the förbund's own staff, without a colon:
// the heading of a list of officials, not more of the list above it; and still a place where it
// stands under `Plats`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Samordningsförbundet Norrdal', 'Styrelsen', 'Datum 2022-05-11', ''];
const ITEMS = ['', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'];
const roles = (t: string): string[][] => meetingDoc(t).participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('a heading of the staff without its colon', () => {
  it('over its people, after the deputies', () => {
    expect(roles(text(...HEAD, 'Ledamöter', 'Ulla Brink (C)', 'Ivar Lind (S)', '', 'Ersättare', 'Åsa Berg (M)', '', 'Kansliet', 'Sofia Alm', 'Tor Berg', ...ITEMS))).toEqual([
      ['Ulla Brink', 'member', 'Ledamöter'],
      ['Ivar Lind', 'member', 'Ledamöter'],
      ['Åsa Berg', 'deputy', 'Ersättare'],
      ['Sofia Alm', 'other', 'Kansliet'],
      ['Tor Berg', 'other', 'Kansliet'],
    ]);
  });

  it('beside its people, in a label column or run on', () => {
    expect(roles(text(...HEAD, 'Ersättare    Åsa Berg (M)', 'Kansliet     Sofia Alm', '             Tor Berg', ...ITEMS)).slice(1)).toEqual([
      ['Sofia Alm', 'other', 'Kansliet'],
      ['Tor Berg', 'other', 'Kansliet'],
    ]);
    expect(roles(text(...HEAD, 'Ersättare Åsa Berg (M)', 'Sekretariat Sofia Alm, Tor Berg', ...ITEMS)).slice(1)).toEqual([
      ['Sofia Alm', 'other', 'Sekretariat'],
      ['Tor Berg', 'other', 'Sekretariat'],
    ]);
  });

  it('is the place under `Plats`', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum 2022-05-11', 'Plats', 'Kansliet', 'Ledamöter Ulla Brink (C), Ivar Lind (S)', ...ITEMS));
    expect(doc.meeting?.location).toBe('Kansliet');
    expect(doc.participants.map((p) => p.roleLabel)).toEqual(['Ledamöter', 'Ledamöter']);
  });
});
