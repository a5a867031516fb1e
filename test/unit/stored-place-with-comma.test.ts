// The anslag block's `Förvaringsplats för protokollet` and `Underskrift` labels printed before
// their two values, the place holding a comma (`Rådhuset, Västerby`) and the signer's name after
// it: on the next line, or the whole block flattened onto one line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text(
  'SAMMANTRÄDESPROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2019-11-20', '',
  'Plats och tid       Rådhuset, kl. 14.00-16.00', '',
  'Beslutande          Hans Kvarn (S), ordförande', '                    Lise Ahl (M)', '',
  'Utses att justera   Lise Ahl', '',
);
const ITEMS = text('', '§ 1 Val av justerare', 'Lise Ahl utses att justera protokollet.');

describe('the place the minutes are kept, with a comma, before the signer', () => {
  it('keeps the place and leaves the name out, where the values stand under their labels', () => {
    const doc = meetingDoc(HEAD + text('Förvaringsplats för protokollet   Underskrift', 'Rådhuset, Västerby Britt-Marie Lod') + ITEMS);
    expect(doc.signatures?.storedAt).toBe('Rådhuset, Västerby');
  });

  it('reads the place of a whole anslag block flattened onto one line, not the sentence before it', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Organ Miljönämnden ' +
            'Sammanträdesdatum 2019-11-20 Datum för anslags uppsättande 2019-11-27 Datum för anslags nedtagande 2019-12-19 ' +
            'Förvaringsplats för protokollet Underskrift Rådhuset, Västerby Britt-Marie Lod',
        ) + ITEMS,
    );
    expect(doc.signatures).toMatchObject({ storedAt: 'Rådhuset, Västerby', posted: { from: '2019-11-27', to: '2019-12-19' } });
  });
});
