// The minutes' signer one a line at the foot of the last §'s page (`Anna Ek, ordförande`), the
// next page's head after it (an attendance list, an appendix): the signer, not the §'s text.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a signer at the foot of the last page of §§', () => {
  it('signs, and the § ends before it', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet Norrby                                  Sida 1 (2)', 'PROTOKOLL', 'Styrelsemöte 2023-03-14', '',
        'Ledamöter', 'Anna Ek (S), ordförande', 'Per Ås (M)', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Mötets avslutande', 'Ordföranden avslutade mötet.', '',
        'Anna Ek, ordförande',
        'Samordningsförbundet Norrby                                  Sida 2 (2)',
        'Bilaga 1 Närvarolista', 'Anna Ek (S)   närvarande', 'Per Ås (M)   närvarande',
      ),
    );
    expect(doc.signatures?.chair).toEqual(['Anna Ek']);
    expect(doc.items.at(-1)!.text).toBe('Ordföranden avslutade mötet.');
  });

  it('is no signer where a § follows on the next page', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet Norrby                                  Sida 1 (2)', 'PROTOKOLL', 'Styrelsemöte 2023-03-14', '',
        'Ledamöter', 'Anna Ek (S), ordförande', 'Per Ås (M)', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
        'Övriga närvarande', 'Maria Berg, sekreterare',
        'Samordningsförbundet Norrby                                  Sida 2 (2)',
        '§ 2 Mötets avslutande', 'Ordföranden avslutade mötet.',
      ),
    );
    expect(doc.signatures?.secretary ?? []).toEqual([]);
  });
});
