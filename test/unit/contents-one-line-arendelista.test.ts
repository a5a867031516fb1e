// Minutes whose contents page, headed `ÄRENDELISTA` rather than `Innehållsförteckning`,
// was flattened onto one line with its page numbers (`71 Rapport … 3 72 Budget … 4`):
// its entries are the items where no § follows them, without the page numbers. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a one-line contents list headed Ärendelista', () => {
  it('names the items, without their page numbers', () => {
    const doc = meetingDoc(
      text(
        '1 Sammanträdesprotokoll 1 (12) Plats och tid Stadshuset, kl 13:15-15:00 Beslutande Eva Holm (S), ordförande Per Ask (M) Justerare Per Ask Paragrafer 14-17',
        '2 Sammanträdesprotokoll 2 (12) ÄRENDELISTA 14 Information från förvaltningen 3 15 Månadsrapport mars, inkl helårsprognos 4 16 Ny gång- och cykelväg vid Ekbacken 6 17 Delgivningar 9',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [14, 'Information från förvaltningen'],
      [15, 'Månadsrapport mars, inkl helårsprognos'],
      [16, 'Ny gång- och cykelväg vid Ekbacken'],
      [17, 'Delgivningar'],
    ]);
  });
});
