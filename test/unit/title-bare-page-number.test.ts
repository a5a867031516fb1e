// A title row whose page number stands bracketed alone in a column of its own (`SAMMANTRÄDESPROTOKOLL      (1)`),
// as the samordningsförbund template prints the page at the top right: the number is page furniture, not
// part of the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const docWith = (head: string) =>
  meetingDoc([head, 'Plats och tid: Kommunhuset Norrvik 2023-11-17 kl. 09.00-11.45', '', '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.'].join('\n'));

describe('a bracketed page number in a column after the title', () => {
  it('is no part of the title', () => {
    expect(docWith('                    SAMMANTRÄDESPROTOKOLL            (1)').title).toBe('SAMMANTRÄDESPROTOKOLL');
    expect(docWith('Protokoll                                         [1]').title).toBe('Protokoll');
  });

  it('leaves the protocol number and the other page counts as before', () => {
    expect(docWith('Protokoll nr 4').meeting?.number).toBe('4');
    expect(docWith('SAMMANTRÄDESPROTOKOLL            1 (6)').title).toBe('SAMMANTRÄDESPROTOKOLL');
  });
});
