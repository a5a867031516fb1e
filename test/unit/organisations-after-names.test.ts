// A samordningsförbund's roll whose names column and organisations column were flattened one after the other
// (`Anna Ek Per Ås … Ljusdals kommun Region Gävleborg Försäkringskassan …`): each name takes the organisation in its
// place, in order; the last name took them all. Names invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const roll = (line: string) =>
  meetingDoc(text('PROTOKOLL', 'Samordningsförbundet', 'Sammanträdesdatum 2016-09-20', '', line, '', '§ 1 Öppnande', 'Öppnas.', '', '§ 2 Avslutning', 'Avslutas.')).participants.map((p) => [
    p.name,
    p.organisation,
  ]);

describe('organisations after the names, in order', () => {
  it('pairs each name with its organisation', () => {
    expect(roll('Ledamöter Tora Ek Per Ås Eva Berg Olle Sand Ljusdals kommun Region Gävleborg Försäkringskassan Arbetsförmedlingen')).toEqual([
      ['Tora Ek', 'Ljusdals kommun'],
      ['Per Ås', 'Region Gävleborg'],
      ['Eva Berg', 'Försäkringskassan'],
      ['Olle Sand', 'Arbetsförmedlingen'],
    ]);
  });

  it('keeps a compass word with the organisation after it', () => {
    expect(roll('Ersättare Lena Ahl Mats Ek Västra Götalandsregionen Arbetsförmedlingen')).toEqual([
      ['Lena Ahl', 'Västra Götalandsregionen'],
      ['Mats Ek', 'Arbetsförmedlingen'],
    ]);
  });
});
