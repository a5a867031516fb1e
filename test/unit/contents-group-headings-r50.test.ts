// A contents list flattened onto one line (a docplayer transcript) that groups its §§ under headings in capitals
// (`BESLUTAS AV KOMMUNFULLMÄKTIGE 12 … BESLUTAS AV KOMMUNSTYRELSEN 15 …`): each heading is the section of the entries
// after it, and its type theirs; a title's own capitals before the heading (`… Fastighets AB`) stay in the title.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const text = [
  '1 INNEHÅLLSFÖRTECKNING 1 [1] 11 Informationspunkt: Lena Ek, VD Ekby Fastighets AB BESLUTAS AV KOMMUNFULLMÄKTIGE 12 Riktlinjer för bostadsförsörjning 13 Svar på motion: Fler cykelställ (C) BESLUTAS AV KOMMUNSTYRELSEN 14 Delegationsärenden 15 Anmälningsärenden',
  '',
  '2 SAMMANTRÄDESPROTOKOLL 1[20] Plats och tid Kommunhuset, kl 16:00-17:00 Beslutande Se bilaga Utses att justera Per Lund (M) Sekreterare Anna Berg Ordförande Eva Ek (S) Justerare Per Lund (M)',
  '',
].join('\n');

describe('group headings in a contents list run on in one line', () => {
  const items = meetingDoc(text).items;
  const byNumber = (n: number) => items.find((it) => it.number === n)!;

  it('give the entries after them their section and type', () => {
    expect(byNumber(12).section).toBe('BESLUTAS AV KOMMUNFULLMÄKTIGE');
    expect(byNumber(12).type).toBe('decision');
    expect(byNumber(13).type).toBe('decision');
    expect(byNumber(14).section).toBe('BESLUTAS AV KOMMUNSTYRELSEN');
    expect(byNumber(15).type).toBe('decision');
  });

  it("keep a title's own capitals before the heading", () => {
    expect(byNumber(11).title).toBe('Lena Ek, VD Ekby Fastighets AB');
    expect(byNumber(11).section).toBeNull();
  });

  it('leave the titles without the headings (a guard)', () => {
    expect(byNumber(13).title).toBe('Svar på motion: Fler cykelställ (C)');
  });
});
