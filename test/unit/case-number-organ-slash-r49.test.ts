// A case number in brackets closing a § title, the organ's letters joined to it by a slash: `Revidering av Omställning
// 2026 (LS/1245/2025)`, `Informations- och frågestund (SÄN/2026:3)`. It is the item's case number, no part of its
// title, as `(KS 2026/412)` and `(Dnr 2026/45)` are. Seen at a county council board's and a social board's minutes.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';
import { caseNumberAtEnd } from '../../src/segment/items.js';

describe('a bracketed case number with the organ’s letters before a slash', () => {
  it('ends the title', () => {
    expect(caseNumberAtEnd('Revidering av Omställning 2026 (LS/1245/2025)')).toEqual({ caseNumber: 'LS/1245/2025', title: 'Revidering av Omställning 2026' });
    expect(caseNumberAtEnd('Informations- och frågestund (SÄN/2026:3)')).toEqual({ caseNumber: 'SÄN/2026:3', title: 'Informations- och frågestund' });
  });

  it('is the item’s case number in run-on minutes', () => {
    const text = [
      'Protokoll', '', 'Transkript', '',
      '1 1(7) Organ Tid och plats för sammanträdet Beslutande Rådhuset, Ekby den 3 maj 2026 kl Eva Lund Per Ek Utses att justera Per Ek Sekreterare Paragrafer Bo Alm Ordförande Eva Lund Justerande Per Ek',
      '',
      '3 3(7) 84 Fastställande av föredragningslista Ärendebeskrivning Förslaget har sänts ut. Beslut Föredragningslistan fastställs. 85 Revidering av Omställning 2026 (LS/1245/2025) Ärendebeskrivning I april fattade fullmäktige beslut om att verksamheten skulle',
      '',
    ].join('\n');
    const it85 = parseText(text).documents[0]!.items.find((i) => i.number === 85)!;
    expect([it85.title, it85.caseNumber]).toEqual(['Revidering av Omställning 2026', 'LS/1245/2025']);
  });

  it('leaves a party’s or a place’s letters in brackets with the title', () => {
    expect(caseNumberAtEnd('Motion om cykelvägar (MP)')).toBeNull();
  });
});
