// One signature label over several names, each on its own rule (`Justerande` / `……` / `Anna Holm` /
// `……` / `Bo Ek`), as plain pdftotext writes a signature column. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('one label over several names, each on its own rule', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL', 'Arbetsutskottet', 'Samordningsförbundet Norrå', 'Tid: onsdag 12 mars 2025 kl. 9.00–12.00', 'Plats: Teams', '',
      '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      'Justerande', '.............................', 'Anna Holm', '.............................', 'Bo Ek',
      'Sekreterare', '.............................', 'Gustav Lind',
    ),
  );

  it('gives the label every name under it up to the next label', () => {
    expect(doc.signatures?.adjusters).toEqual(['Anna Holm', 'Bo Ek']);
    expect(doc.signatures?.secretary).toEqual(['Gustav Lind']);
  });

  it('takes no organisation written under a name for a second signer', () => {
    const d = meetingDoc(
      text('PROTOKOLL', 'Styrelsen', 'Datum: 2025-02-05', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', 'Justeras', 'Anna Holm', 'Region Västerdal', 'Bo Ek', 'Östby kommun'),
    );
    expect(d.signatures?.adjusters).toEqual(['Anna Holm', 'Bo Ek']);
  });
});
