// A capitalised `Bilaga 3.` or `Bilaga A Rapport` after a sentence on the same line, where a page was flattened,
// and the Finland-Swedish `Bilaga 1 § 51`, `Bilaga A, Kst § 51`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Västby', 'Datum: 2024-03-12', 'Plats: Kommunhuset, Västby', ''];
const item = (text: string): string[] => meetingDoc([...HEAD, '§ 51 Delårsrapport', text, 'Styrelsen beslutar att godkänna rapporten.'].join('\n')).items[0]!.attachments;

describe('an attachment after a sentence on its line', () => {
  it('reads `… redovisas. Bilaga 3.`', () => {
    expect(item('Revisorernas rapport redovisas. Bilaga 3.')).toEqual(['3']);
  });
  it('reads `… förbundschefen. Bilaga A Delårsrapport 2024`', () => {
    expect(item('Rapporten redovisas av förbundschefen. Bilaga A Delårsrapport 2024')).toEqual(['A']);
  });
  it('leaves a sentence that goes on about an attachment', () => {
    expect(item('Rapporten redovisas. Bilaga 3 har inte kommit in.')).toEqual([]);
  });
});

describe('an attachment marked with its §', () => {
  it('reads `Bilaga 1 § 51`', () => {
    expect(item('Bilaga 1 § 51')).toEqual(['1']);
  });
  it('reads `Bilaga A, Kst § 51`', () => {
    expect(item('Bilaga A, Kst § 51')).toEqual(['A']);
  });
});
