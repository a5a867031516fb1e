// Minutes under no kind's word that speak of themselves in their opening (`Protokollet föres av
// undertecknad, kommunfullmäktiges sekreterare.`, `Närvarande vid uppropet: …`), as some cities'
// council minutes open with their date alone, their items numbered without the sign. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const text = (opening: string): string =>
  ['Den 14 mars 2019', '', opening, '', '11 Val av justerare', '', 'Till justerare utses Erik Hallberg och Mona Fredin.', '', '12 Budget 2020', '', 'Kommunfullmäktige beslutar att fastställa budgeten.'].join('\n');

describe('minutes that say so of themselves', () => {
  it('are minutes by `Protokollet föres av`', () => {
    expect(parseText(text('Protokollet föres av undertecknad, kommunfullmäktiges sekreterare.')).documents.map((d) => d.kind)).toEqual(['minutes']);
  });

  it('are minutes by `Närvarande vid uppropet`', () => {
    expect(parseText(text('Närvarande vid uppropet: samtliga ledamöter utom Gerd Lind.')).documents.map((d) => d.kind)).toEqual(['minutes']);
  });

  it('but a text that names neither stays what it was', () => {
    expect(parseText(['Den 14 mars 2019', '', 'Vi ses på mötet.', '', 'Hälsningar', 'Erik'].join('\n')).documents.map((d) => d.kind)).toEqual(['other']);
  });
});
