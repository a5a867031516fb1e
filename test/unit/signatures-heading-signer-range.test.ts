// The signature grid's heading, its first signer's label and the declared range on one line, the
// names one a line under the labels (`Underskrifter Sekreterare Paragrafer 1-2` / `Ulla Ek` /
// `Ordförande` / `Tove Lind` / `Justerande` / `Per Holm`): the range is the §§', the first name the
// secretary's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

// the same minutes around each form of the grid
const minutes = (...grid: string[]): string =>
  text(
    'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2025-03-14', 'Plats och tid Kommunhuset, Ekby, kl. 09.00-11.30',
    'Beslutande Tove Lind (S), ordförande', 'Per Holm (M)', 'Utses att justera Per Holm',
    ...grid, 'Ordförande', 'Tove Lind', 'Justerande', 'Per Holm', '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '§ 2 Val av justerare', 'Per Holm utses att justera.',
  );

describe('`Underskrifter Sekreterare Paragrafer 1-2` over the names', () => {
  it('reads the secretary and the range', () => {
    const doc = meetingDoc(minutes('Justeringens plats och tid Kommunhuset 2025-03-20', 'Underskrifter Sekreterare Paragrafer 1-2', 'Ulla Ek'));
    expect(doc.signatures).toMatchObject({ chair: ['Tove Lind'], secretary: ['Ulla Ek'], adjusters: ['Per Holm'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 1, to: 2 });
  });
});

describe('the range after the secretary\'s name', () => {
  it('is no part of the name (`Ulla Ek Paragrafer 1-2` under `Underskrifter Sekreterare`)', () => {
    const doc = meetingDoc(minutes('', 'Underskrifter Sekreterare', 'Ulla Ek Paragrafer 1-2'));
    expect(doc.signatures).toMatchObject({ chair: ['Tove Lind'], secretary: ['Ulla Ek'], adjusters: ['Per Holm'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 1, to: 2 });
  });
});
