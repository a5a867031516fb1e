// The Underskrifter grid flattened column by column, the adjusting's place left beside the secretary's label
// (`Sekreterare Stadskansliet` / `Ordförande` / `Justerare Kim Berg Tora Nyström Eva Lund`): the three names after the
// row are the three labels', in order; the place is no name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (front: string) => meetingDoc(text(front, '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));

describe('a signers’ row whose first label has a place beside it and the names after the last', () => {
  const doc = page(
    '1 Plats och tid Beslutande Tisdag 4 mars 2025 kl , Stadshuset, Ekbysalen Tora Nyström (C), ordförande Eva Lund (S) Bo Holm (M) Justering Justerare Plats och tid Eva Lund (S) Paragrafer Underskrifter Sekreterare Stadskansliet Ordförande Justerare Kim Berg Tora Nyström Eva Lund Anslag / Bevis Protokollet är justerat.',
  );

  it('gives each label its name in order', () => {
    expect(doc.signatures?.secretary).toEqual(['Kim Berg']);
    expect(doc.signatures?.chair).toEqual(['Tora Nyström']);
    expect(doc.signatures?.adjusters).toEqual(['Eva Lund']);
  });
});

describe('a signers’ row with no text beside its first label, and a name more than labels', () => {
  const doc = page(
    '1 Plats och tid Beslutande Tisdag 4 mars 2025 kl , Stadshuset, Ekbysalen Tora Nyström (C), ordförande Eva Lund (S) Bo Holm (M) Underskrifter Sekreterare Kim Berg Ordförande Justerare Tora Nyström Eva Lund Bo Holm',
  );

  it('still gives the adjusters the two names after the chair', () => {
    expect(doc.signatures?.chair).toEqual(['Tora Nyström']);
    expect(doc.signatures?.adjusters).toEqual(['Eva Lund', 'Bo Holm']);
  });
});
