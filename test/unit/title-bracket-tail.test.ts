// Minutes whose § title wraps over capitalised lines and ends on a bracketed number of the
// report it answers, a blank line under it (`§ 21   Dnr KS-2023-00713` / `Svar på remiss över
// betänkandet` / `Nya regler för stöd – en översyn` / `(2023:61)`), as a kommunstyrelse prints
// it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('a wrapped title closed by a bracketed tail', () => {
  const doc = meetingDoc(
    [
      'PROTOKOLL',
      'Kommunstyrelsen, Vikby kommun',
      'Datum 2024-01-23',
      '',
      'Beslutande',
      'Tove Lindqvist (S), ordförande',
      'Arvid Sten (M)',
      '',
      '§ 21                       Dnr KS-2023-00713',
      'Svar på Socialdepartementets remiss över betänkandet',
      'Nya regler för stöd – en översyn',
      '(2023:61)',
      '',
      'Beslut',
      'Kommunstyrelsen antar yttrandet som sitt svar.',
    ].join('\n'),
  );

  it('reads the title whole and keeps the case number of the heading', () => {
    expect(item(doc, 21).title).toBe('Svar på Socialdepartementets remiss över betänkandet Nya regler för stöd – en översyn (2023:61)');
    expect(item(doc, 21).caseNumber).toBe('KS-2023-00713');
    expect(item(doc, 21).text).toBe('Beslut\n\nKommunstyrelsen antar yttrandet som sitt svar.');
  });
});
