// A signature grid that plain pdftotext wrote a cell a line: two labels stacked with no names
// between, then their names one a line (`Sekreterare` / `Justerare` / `Gustav Lind` / `Bo Ek`,
// then `Ordförande` / `Anna Holm`). The names take the labels in turn; the second label took both
// and the secretary was lost; of three labels (`Sekreterare` / `Ordförande` / `Justerare`) the
// third name was lost. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...signing: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen, Samordningsförbundet Östby', 'Datum: 2025-03-12', 'Plats: Kansliet', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      '§ 2 Budget 2026', 'Styrelsen beslutar att fastställa budgeten.', '',
      'Underskrifter', '',
      ...signing,
    ),
  );

describe('labels stacked over their names', () => {
  it('give each name its label in turn', () => {
    const doc = minutes('Sekreterare', '', 'Justerare', '', 'Gustav Lind', '', 'Bo Ek', '', 'Ordförande', '', 'Anna Holm');
    expect(doc.signatures).toMatchObject({ secretary: ['Gustav Lind'], adjusters: ['Bo Ek'], chair: ['Anna Holm'] });
  });

  it('three labels stacked, then their names one a line, each its own label', () => {
    const doc = minutes('Sekreterare', '', 'Ordförande', '', 'Justerare', '', 'Gustav Lind', '', 'Anna Holm', '', 'Bo Ek');
    expect(doc.signatures).toMatchObject({ secretary: ['Gustav Lind'], chair: ['Anna Holm'], adjusters: ['Bo Ek'] });
  });

  it('two adjusters under the chair, stacked with no blank lines', () => {
    const doc = minutes('Ordförande', 'Justerare', 'Justerare', 'Anna Holm', 'Bo Ek', 'Eva Strand');
    expect(doc.signatures).toMatchObject({ chair: ['Anna Holm'], adjusters: ['Bo Ek', 'Eva Strand'] });
  });

  it('and a row of names under them in order', () => {
    const doc = minutes('Ordförande', 'Justerare', 'Anna Holm          Bo Ek', '', 'Sekreterare', 'Gustav Lind');
    expect(doc.signatures).toMatchObject({ chair: ['Anna Holm'], adjusters: ['Bo Ek'], secretary: ['Gustav Lind'] });
  });
});
