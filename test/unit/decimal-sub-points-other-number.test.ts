// Minutes that number each § on through the year but keep the agenda's numbers on the
// sub-points (`§ 7 Ekonomi` / `5.1 Budget 2025` / `5.2 Årsredovisning`): the decimal points
// are the §'s sub-items though their number is not the §'s. One such line alone is a figure or
// a reference and stays text, and so do the decimal sections of a numbered heading in the
// body (`3. Mål` / `3.1 Effektmål`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const head = ['Samordningsförbundet Norrvik', 'PROTOKOLL', 'Styrelsemöte 2025-03-12', '', 'Närvarande', 'Anna Berg, ordförande', 'Per Ström, ledamot', ''];
const tail = ['', 'Vid protokollet', 'Lisa Holm', '', 'Justeras', 'Anna Berg'];

describe('decimal sub-points of another number than their §', () => {
  it('are the §`s sub-items when two or more count up', () => {
    const doc = meetingDoc(
      text(
        ...head,
        '§ 6 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
        '§ 7 Ekonomi', '5.1 Budget 2025', 'Förbundschefen redogjorde för budgeten.', '5.2 Årsredovisning 2024', 'Årsredovisningen presenterades.', '',
        '§ 8 Mötets avslutande', 'Ordföranden avslutade mötet.',
        ...tail,
      ),
    );
    expect(item(doc, 7).subItems.map((s) => [s.label, s.title, s.text])).toEqual([
      ['5.1', 'Budget 2025', 'Förbundschefen redogjorde för budgeten.'],
      ['5.2', 'Årsredovisning 2024', 'Årsredovisningen presenterades.'],
    ]);
    expect(item(doc, 8).title).toBe('Mötets avslutande');
  });

  it('stay text when only one stands in the §', () => {
    const doc = meetingDoc(
      text(
        ...head,
        '§ 6 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
        '§ 7 Ekonomi', 'Förbundschefen redogjorde för avsnitt', '4.1 Prognos i delårsrapporten.', '',
        '§ 8 Mötets avslutande', 'Ordföranden avslutade mötet.',
        ...tail,
      ),
    );
    expect(item(doc, 7).subItems).toEqual([]);
    expect(item(doc, 7).text).toContain('4.1 Prognos');
  });

  it('stay text under a numbered heading of their own in the body (an appended plan`s sections)', () => {
    const doc = meetingDoc(
      text(
        ...head,
        '§ 6 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
        '§ 7 Mötets avslutande', 'Ordföranden avslutade mötet.', 'Verksamhetsplan 2026',
        '3. Mål', '3.1 Effektmål', 'Färre personer ska stå utan försörjning.', '3.2 Individmål', 'Fler deltagare ska gå till arbete.',
        ...tail,
      ),
    );
    expect(item(doc, 7).subItems).toEqual([]);
  });
});
