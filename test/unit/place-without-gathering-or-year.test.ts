// The meeting's place from its own value, without what stands beside it: a gathering before the meeting in a bracket
// (`Kommunhuset, Ekby (Gruppmöten kl 12.00)` came out `Kommunhuset, Ekby (Gruppmöten )`), and a year alone (`2012`)
// is no place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notice = (place: string) =>
  meetingDoc(text('KALLELSE', 'Styrelsen för Samordningsförbundet Ekdalen kallas till sammanträde', 'Tid: 2023-03-14 kl. 13.00', `Plats: ${place}`, '', 'Ärenden', '1. Val av justerare', '2. Budget 2024'));

describe('the place without a gathering beside the meeting', () => {
  it('drops a bracket of group meetings with their hours', () => {
    expect(notice('Kommunhuset, Ekby (Gruppmöten kl 12.00)').meeting?.location).toBe('Kommunhuset, Ekby');
  });

  it('drops a bracket of a förmöte', () => {
    expect(notice('Stadshuset, sal 4 (förmöte 12.15-12.50)').meeting?.location).toBe('Stadshuset, sal 4');
  });

  it('keeps a bracket that names the room', () => {
    expect(notice('Kommunhuset (Ekrummet)').meeting?.location).toBe('Kommunhuset (Ekrummet)');
  });
});

describe('a year alone is no place', () => {
  it('reads no place from a value that is only a year', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Socialnämnden', 'Datum: 2012-03-14', 'Plats: 2012', 'Tid: 13.00-15.00', '', 'Beslutande', 'Vera Strand (S), ordförande', '', '§ 1 Budget', 'Nämnden beslutar att godkänna budgeten.'));
    expect(doc.meeting?.location ?? null).toBeNull();
  });
});
