// Minutes whose later pages open with a header block in other words than the first page's
// title (`SAMMANTRÄDESPROTOKOLL` / `Styrelsen` / `Sammanträdesdatum 2025-03-12`, over the same
// date), printed once: one document, and the block is no text of the § it falls in. A page that
// opens with a § of its own text keeps it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const minutes = (pageTop: string[]): string =>
  [
    'Samordningsförbundet Norrvik', 'PROTOKOLL', 'Styrelsemöte 2025-03-12', '', 'Närvarande', 'Anna Berg, ordförande', 'Per Ström, ledamot', '',
    '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
    '§ 2 Budget', 'Förbundschefen redogjorde för budgeten.',
  ].join('\n') +
  '\f' +
  [
    ...pageTop, '', 'Styrelsen beslutar att godkänna budgeten.', '',
    '§ 3 Årsredovisning', 'Styrelsen beslutar att godkänna årsredovisningen.', '',
    '§ 4 Mötets avslutande', 'Ordföranden avslutade mötet.', '', 'Vid protokollet', 'Lisa Holm', '', 'Justeras', 'Anna Berg',
  ].join('\n');

describe('a header block at the top of page 2', () => {
  it('is a running header, not a new document, and no text of the §', () => {
    const doc = meetingDoc(minutes(['SAMMANTRÄDESPROTOKOLL', 'Styrelsen', 'Sammanträdesdatum 2025-03-12']));
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(item(doc, 2).text).toBe('Förbundschefen redogjorde för budgeten.\n\nStyrelsen beslutar att godkänna budgeten.');
  });

  it('leaves a page`s own first lines in the §', () => {
    const doc = meetingDoc(minutes(['PROTOKOLL', 'Styrelsen anser att budgeten håller.']));
    expect(item(doc, 2).text).toContain('Styrelsen anser att budgeten håller.');
  });
});
