// A front page flattened onto one line runs the value of the column beside the adjusters' names on after the last one's
// party (`Utses att justera Tova Lind (S) och Maj-Britt Ek (C ) Kulturförvaltningen Justeringens plats och tid …`, the
// office where the adjusting is done): that word is no part of the name. A sentence run on after the bracket (the
// contents' next title) still leaves the part no name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = 'KULTURNÄMNDEN SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2023-05-10 Plats och tid Stadshuset, Ekby kl 13.00-15.30 Beslutande Tova Lind (S), ordförande Maj-Britt Ek (C) Olof Berg (M) Övriga deltagande Siv Holm, sekreterare';
const items = ['', '§ 12 Mötets öppnande', 'Ordföranden öppnade mötet.'];

describe('an adjuster’s name with a column’s word after the party', () => {
  it('is the name without the word', () => {
    const doc = meetingDoc(text(`${head} Utses att justera Olof Berg (M) och Maj-Britt Ek (C ) Kulturförvaltningen Justeringens plats och tid Underskrifter Sekreterare Paragrafer Ordförande Justerande`, ...items));
    expect(doc.signatures?.adjusters).toEqual(['Olof Berg', 'Maj-Britt Ek']);
  });

  it('is no name where a sentence runs on after the bracket', () => {
    const doc = meetingDoc(text(`${head} Utses att justera Olof Berg (M) och Maj-Britt Ek (C) gällande att samordna resurser på landsbygden Justeringens plats och tid Underskrifter`, ...items));
    expect(doc.signatures?.adjusters).not.toContain('Maj-Britt Ek');
  });
});
