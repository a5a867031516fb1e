// A notice whose page a web archive ran on into one line: the agenda's heading right after the
// place (`Plats: Rådhuset, sal Eken, Dalby Förslag till dagordning 1. …`) is no part of the place,
// and a point's presenter label with a position in lower case, alone or before a name
// (`6. Verksamhetsplan 2025 Föredragande: förbundschef`), is no part of its title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTICE = [
  'Samordningsförbundet Södra Dalen KALLELSE 2024-02-01 Styrelsen kallas till sammanträde',
  'Datum: Torsdagen den 15 februari 2024 Tid: 13.00–16.00 Plats: Rådhuset, sammanträdesrum Eken, Dalby',
  'Förslag till dagordning 1. Mötets öppnande 2. Val av justerare',
  '3. Ekonomisk uppföljning december 2023 Föredragande: Petra Lind, ekonom',
  '4. Verksamhetsplan 2025 – uppstart Föredragande: förbundschef',
  '5. Information från parterna Föredragande: ekonom Olle Berg',
  '6. Övriga frågor 7. Mötets avslutande Välkommen! Gunnar Wik Ordförande',
].join(' ');

describe('a notice run on into one line', () => {
  const doc = meetingDoc(NOTICE);

  it('ends the place before the agenda’s heading', () => {
    expect(doc.meeting?.location).toBe('Rådhuset, sammanträdesrum Eken, Dalby');
  });

  it('ends each title before its presenter’s label, whatever the presenter is written as', () => {
    expect(doc.items.map((i) => [i.title, i.presenter])).toEqual([
      ['Mötets öppnande', null],
      ['Val av justerare', null],
      ['Ekonomisk uppföljning december 2023', 'Petra Lind'],
      ['Verksamhetsplan 2025 – uppstart', 'förbundschef'],
      ['Information från parterna', 'Olle Berg'],
      ['Övriga frågor', null],
      ['Mötets avslutande', null],
    ]);
  });
});
