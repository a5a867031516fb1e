// The anslag block's labels printed before their values, a page flattened: `Förvaringsplats för
// protokollet` stands over (or right before) `Datum för anslags nedtagande 2011-03-30 Kansliet, Ekby
// Maja Lind`, and the place took the date of the label after it and the name of who signed the anslag.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const signaturesOf = (...rows: string[]) =>
  meetingDoc(
    text(
      'Socialnämnden                 SAMMANTRÄDESPROTOKOLL',
      '                              Sammanträdesdatum 2021-03-17',
      '',
      'Plats och tid          Kommunhuset, kl. 13:00-16:10',
      'Beslutande             Greta Holm (S), ordförande',
      '                       Nils Varg (S)',
      'Utses att justera      Nils Varg (S)',
      'Underskrifter          Sekreterare ........................',
      '                                    Lotta Ring',
      '',
      ...rows,
      '',
      '§ 12 Val av justerare',
      'Nils Varg utses att justera protokollet.',
    ),
  ).signatures;

describe('the place the minutes are kept, labels printed before their values', () => {
  it('leaves the take-down date to its label, and the signer after the place', () => {
    const s = signaturesOf(
      'BEVIS Justeringen har tillkännagivits genom anslag Organ Socialnämnden Sammanträdesdatum 2021-03-17',
      'Datum för anslags uppsättande 2021-03-22',
      'Förvaringsplats För protokollet',
      'Datum för anslags nedtagande 2021-04-13 Socialkontoret, Ekby Maja Lind',
    );
    expect(s?.storedAt).toBe('Socialkontoret, Ekby');
    expect(s?.posted).toEqual({ from: '2021-03-22', to: '2021-04-13' });
  });

  it('reads a row flattened onto one line', () => {
    const s = signaturesOf(
      'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
      'Sammanträdesdatum 2021-03-17 Datum för anslagets uppsättande 2021-03-22 Förvaringsplats för protokollet Datum för anslagets nedtagande 2021-04-13 Vård och omsorg Underskrift Lotta Ring',
    );
    expect(s?.storedAt).toBe('Vård och omsorg');
    expect(s?.posted).toEqual({ from: '2021-03-22', to: '2021-04-13' });
  });

  it('keeps a place that holds no date and no name', () => {
    const s = signaturesOf(
      'ANSLAG/BEVIS',
      'Datum för anslags uppsättande 2021-03-22',
      'Datum för anslags nedtagande 2021-04-13',
      'Förvaringsplats för protokollet   Kommunhuset, Karl Gustavs väg',
    );
    expect(s?.storedAt).toBe('Kommunhuset, Karl Gustavs väg');
  });
});
