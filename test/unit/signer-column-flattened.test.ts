// The Underskrifter grid flattened column by column by a web archive: the signers' labels one
// a line, the first name run on after the last label, the rest after `Paragrafer` and its range
// (the cell that stood beside the secretary). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signing: string[]) =>
  meetingDoc(
    text(
      'Södra Vikens Samordningsförbund',
      '',
      'Plats och tid Förbundskansliet, Vikby kl 09.00-11.00',
      'Beslutande Maria Lund, ordförande, Region Viken',
      'Tomas Berg, ledamot, Försäkringskassan',
      'Utses att justera Tomas Berg',
      'Underskrifter',
      ...signing,
      '',
      '§ 12 Dagordning',
      'Dagordningen fastställs.',
      '§ 13 Budget 2025',
      'Styrelsen beslutar att godkänna budgeten.',
    ),
  );

describe('signers\' labels stacked, their names as a column after them', () => {
  it('pairs the names in order across `Paragrafer` and its range', () => {
    const doc = minutes('Sekreterare...', 'Ordförande', 'Justerande Jonas Wik...', 'Paragrafer 12-13 Maria Lund    Tomas Berg');
    expect(doc.signatures?.secretary).toEqual(['Jonas Wik']);
    expect(doc.signatures?.chair).toEqual(['Maria Lund']);
    expect(doc.signatures?.adjusters).toEqual(['Tomas Berg']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 12, to: 13 });
  });

  it('pairs names that follow one a line', () => {
    const doc = minutes('Sekreterare', 'Ordförande', 'Justerande Jonas Wik', 'Maria Lund', 'Tomas Berg');
    expect(doc.signatures?.secretary).toEqual(['Jonas Wik']);
    expect(doc.signatures?.chair).toEqual(['Maria Lund']);
    expect(doc.signatures?.adjusters).toEqual(['Tomas Berg']);
  });
});
