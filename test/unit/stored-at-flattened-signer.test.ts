// The anslag block's last row flattened labels first (`Förvaringsplats för protokollet Underskrift
// Nämndkansliet. Lotta Ring`): the place the minutes are kept, without the name of who signed the
// anslag run on after it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const stored = (...rows: string[]) =>
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
      'ANSLAG/BEVIS',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
      'Organ                  Socialnämnden',
      ...rows,
      '',
      '§ 12 Val av justerare',
      'Nils Varg utses att justera protokollet.',
    ),
  ).signatures?.storedAt;

describe('the place the minutes are kept, the signer run on after it', () => {
  it('cuts the signer\'s name after a point', () => {
    expect(stored('Förvaringsplats för protokollet Underskrift Nämndkansliet. Lotta Ring')).toBe('Nämndkansliet');
  });

  it('cuts it after a space, a double name too', () => {
    expect(stored('Förvaringsplats för protokollet Underskrift Kommunkontoret Anna-Karin Sand')).toBe('Kommunkontoret');
  });

  it('keeps a place with a name in it where `Underskrift` has its own value', () => {
    expect(stored('Förvaringsplats för protokollet   Kommunhuset, Karl Gustavs väg', 'Underskrift                       Lotta Ring')).toBe('Kommunhuset, Karl Gustavs väg');
  });
});
