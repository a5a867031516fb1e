// The adjusters named twice on a front page: `Utses att justera Fredric Olsson och Margareta Holm`
// and, flattened under `Justerande`, `Fredric Olsson Margareta Holm` — two names run together whose
// first given name the lexicon may lack. The names the label gave apart part the run-together
// value, so it names no third adjuster. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('adjusters run together under the signers’ label', () => {
  it('are the two the adjusters’ label named apart', () => {
    const t = text(
      'SAMMANTRÄDESPROTOKOLL',
      'Kommunfullmäktige 2014-03-03',
      '',
      'Plats och tid Folkets hus, Norrby kl 18.00 Beslutande Enligt bifogad lista Övriga deltagande Lena Berg, kommunsekreterare '
        + 'Utses att justera Fredric Olsson och Margareta Holm Justeringens plats och tid Kommunhuset 2014-03-05 Underskrifter Sekreterare Lena Berg '
        + 'Ordförande Ola Nord Justerande Fredric Olsson Margareta Holm Organ BEVIS Justeringen har tillkännagivits genom anslag',
      '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
    );
    expect(meetingDoc(t).signatures?.adjusters).toEqual(['Fredric Olsson', 'Margareta Holm']);
  });
});
