// Minutes whose first page has a letterhead of its own and whose later pages carry a running
// header with their page counter (`Samordningsförbundet Ekdalen   Protokoll   Sida 2 (3)` /
// `Styrelsen 2024-03-14`), the text without form feeds: the header on page 2 names the kind
// but its counter says a later page, so it heads no document; it and the organ's line under it
// (the first page's heading too) are furniture, not the end of the § above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = (page: number): string => text(`Samordningsförbundet Ekdalen          Protokoll          Sida ${page} (3)`, 'Styrelsen 2024-03-14', '');
const doc = meetingDoc(
  text('Samordningsförbundet Ekdalen', 'PROTOKOLL', 'Styrelsen 2024-03-14', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '') +
    text(
      '§ 2 Verksamhetsrapport',
      'Förbundschefen redogjorde för verksamheten under våren.',
      'Insatserna har haft fler deltagare än väntat.',
      'Samverkan med arbetsförmedlingen har stärkts.',
      'Två nya insatser har startat i Ekby.',
      'Styrelsen beslutar att lägga rapporten till handlingarna.',
      '',
    ) +
    head(2) +
    text('§ 3 Ekonomi', 'Ekonomen redogjorde för utfallet.', 'Kostnaderna ligger under budget.', 'Prognosen för helåret är ett litet överskott.', 'Medel finns för nya insatser under hösten.', 'Styrelsen beslutar att godkänna rapporten.', '') +
    head(3) +
    text('§ 4 Övriga frågor', 'Inga övriga frågor.', 'Ordföranden tackade för mötet.', 'Nästa möte hålls i maj.'),
);

describe('a running header with a page counter over later pages only', () => {
  it('is no part of the § above it', () => {
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
    expect(doc.items[1]!.text).toBe(
      'Förbundschefen redogjorde för verksamheten under våren. Insatserna har haft fler deltagare än väntat. Samverkan med arbetsförmedlingen har stärkts. Två nya insatser har startat i Ekby. Styrelsen beslutar att lägga rapporten till handlingarna.',
    );
    expect(doc.items[2]!.text).toBe('Ekonomen redogjorde för utfallet. Kostnaderna ligger under budget. Prognosen för helåret är ett litet överskott. Medel finns för nya insatser under hösten. Styrelsen beslutar att godkänna rapporten.');
  });
  it('keeps the first page heading the document', () => {
    expect(doc.title).toBe('PROTOKOLL');
    expect(doc.meeting).toMatchObject({ organisation: 'Samordningsförbundet Ekdalen', body: 'styrelse', date: '2024-03-14' });
  });
});
