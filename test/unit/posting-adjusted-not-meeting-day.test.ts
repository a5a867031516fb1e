// `ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ
// Socialnämnden Sammanträdesdatum 2023-04-12 …`: the anslag block flattened onto one line. The first
// date after `justerat` is the meeting's, under its own label: no day of adjustment. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signatures = (...rows: string[]) =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL',
      'Socialnämnden',
      '',
      'Plats och tid        Kommunhuset, Ekby, 2023-04-12 kl 13.00-15.00',
      'Beslutande           Anna Ek (S), ordförande',
      '                     Per Ås (M)',
      'Utses att justera    Per Ås',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      ...rows,
    ),
  ).signatures;

describe('the meeting\'s day after `Protokollet är justerat`', () => {
  it('is no day of adjustment', () => {
    const s = signatures(
      'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag Organ Socialnämnden Sammanträdesdatum 2023-04-12 Datum då anslaget sätts upp 2023-04-19 Datum då anslaget tas ned 2023-05-11',
    );
    expect(s?.adjustedOn ?? null).toBeNull();
    expect(s?.posted).toEqual({ from: '2023-04-19', to: '2023-05-11' });
  });

  it('leaves the day the sentence gives', () => {
    const s = signatures('ANSLAG/BEVIS Protokollet justerat 2023-04-18 Organ Socialnämnden Sammanträdesdatum 2023-04-12 Datum då anslaget sätts upp 2023-04-19');
    expect(s?.adjustedOn).toBe('2023-04-18');
  });
});
