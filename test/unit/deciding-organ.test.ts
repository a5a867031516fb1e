// Minutes whose pages lost their running header (a web archive's `PRO T OK OL L` /
// `Justerandes signatur` over each page): no organ above the items, each § decided under
// its organ's heading (`Kommunfullmäktiges beslut`), the place said in a sentence with its
// full stop. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (n: number, ...body: string[]): string[] => [`(${n})`, '', `${n}(4)`, '', 'PRO T OK OL L', '', 'Justerandes signatur Utdragsbestyrkande', '', ...body];

/** Three §§, each decided under a heading: `[heading, decision]`. */
const minutes = (...decided: [string, string][]): string =>
  text(
    ...page(1, 'Tid och plats Onsdagen den 9 oktober 2024 kl.18.30-20.10 i stora salen, Medborgarhuset, Norrvik.', '', 'Beslutande', '', 'Ledamöter Tyra Holm (S), ordförande', '', 'Sven Öberg (M) Ida Falk (C)', '', 'Justering', '', 'Justerare Ida Falk (C)', ''),
    ...page(2, '§ 41 Dnr 2024/80', '', 'Taxa för bygglov', '', ...decided[0]!.flatMap((l) => [l, ''])),
    ...page(3, '§ 42 Dnr 2024/95', '', 'Delårsrapport', '', ...decided[1]!.flatMap((l) => [l, ''])),
    ...page(4, '§ 43 Dnr 2024/97', '', 'Avsägelse', '', ...decided[2]!.flatMap((l) => [l, ''])),
  );
const KF = 'Kommunfullmäktiges beslut';
const KS = 'Kommunstyrelsens beslut';

describe('the organ the decisions name', () => {
  it('is the meeting body when the header names none', () => {
    const doc = meetingDoc(minutes([KF, 'Kommunfullmäktige antar taxan.'], [KF, 'Kommunfullmäktige godkänner delårsrapporten.'], [KF, 'Kommunfullmäktige beviljar avsägelsen.']));
    expect(doc.meeting?.body).toBe('kommunfullmäktige');
    expect(doc.items.map((i) => [i.number, i.decisions.length])).toEqual([[41, 1], [42, 1], [43, 1]]);
  });

  it('makes the decisions it states without a heading the meeting\'s too', () => {
    const doc = meetingDoc(minutes([KF, 'Kommunfullmäktige antar taxan.'], [KF, 'Kommunfullmäktige godkänner delårsrapporten.'], ['Kommunfullmäktige beviljar avsägelsen.', 'Ärendet har beretts av valberedningen.']));
    expect(doc.items.flatMap((i) => i.decisions.map((d) => [d.text, d.by]))).toEqual([
      ['Kommunfullmäktige antar taxan.', 'Kommunfullmäktige'],
      ['Kommunfullmäktige godkänner delårsrapporten.', 'Kommunfullmäktige'],
      ['Kommunfullmäktige beviljar avsägelsen.', 'Kommunfullmäktige'],
    ]);
  });

  it('is not taken from one decision, nor from words any organ uses of itself', () => {
    expect(meetingDoc(minutes([KF, 'Kommunfullmäktige antar taxan.'], ['Beslut', 'Delårsrapporten godkänns.'], ['Beslut', 'Avsägelsen beviljas.'])).meeting?.body).toBeNull();
    const own = 'Nämndens beslut';
    expect(meetingDoc(minutes([own, 'Nämnden antar taxan.'], [own, 'Nämnden godkänner delårsrapporten.'], [own, 'Nämnden beviljar avsägelsen.'])).meeting?.body).toBeNull();
  });

  it('is the one most decisions name, and none where no organ has more than half', () => {
    expect(meetingDoc(minutes([KF, 'Kommunfullmäktige antar taxan.'], [KS, 'Kommunstyrelsen godkänner delårsrapporten.'], [KS, 'Kommunstyrelsen beviljar avsägelsen.'])).meeting?.body).toBe('kommunstyrelse');
    expect(meetingDoc(minutes([KF, 'Kommunfullmäktige antar taxan.'], [KS, 'Kommunstyrelsen godkänner delårsrapporten.'], ['Beslut', 'Delårsrapporten läggs till handlingarna.'])).meeting?.body).toBeNull();
  });

  it('keeps the place without the full stop of its sentence', () => {
    expect(meetingDoc(minutes([KF, 'Kommunfullmäktige antar taxan.'], ['Beslut', 'Godkänd.'], ['Beslut', 'Beviljad.'])).meeting?.location).toBe('stora salen, Medborgarhuset, Norrvik');
  });
});
