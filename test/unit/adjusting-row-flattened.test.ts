// A table row flattened without its gaps: `Justerande` and `Plats och tid` side by side, and
// under them the adjuster with party and the adjusting's place and date run together. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 7 Val av justerare', 'Tova Sundin utses att justera.', '', '§ 8 Rapporter', 'Rapporterna läggs till handlingarna.', '');

describe('the adjuster and the adjusting place and time in one flattened row', () => {
  it('lines as written: the name goes to the adjuster, the date is when it was adjusted', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Miljönämnden', 'Plats och tid Stadshuset, rum 4, kl. 09.00-11.30', 'Sammanträdesdatum 2025-02-04', 'Justering', 'Justerande', 'Plats och tid Tova Sundin (L) Stadshuset 2025-02-11', '') + ITEMS,
    );
    expect(doc.signatures).toMatchObject({ adjusters: ['Tova Sundin'], adjustedOn: '2025-02-11' });
    expect(doc.meeting?.date).toBe('2025-02-04');
  });

  it('a page flattened onto one line', () => {
    const doc = meetingDoc(
      text(
        '1 Sida 1 (4) Plats och tid Stadshuset, rum 4, kl. 09.00-11.30 Beslutande Ledamöter Henrik Vall (C), ordförande, Tova Sundin (L), Rasmus Holt (M) Justering Justerande Plats och tid Tova Sundin (L) Stadshuset 2025-02-11 Paragrafer 7-8 Underskrifter Sekreterare Ordförande Justerande Gunnel Ask Henrik Vall (C) Tova Sundin (L) Utdragsbestyrkande',
        '',
        '2 Sida 2 (4) § 7 Val av justerare Miljönämndens beslut Tova Sundin (L) utses att justera protokollet. Justerandes sign Utdragsbestyrkande',
        '',
        '3 Sida 3 (4) § 8 Rapporter Miljönämndens beslut Rapporterna läggs till handlingarna. Justerandes sign Utdragsbestyrkande',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Henrik Vall'], secretary: ['Gunnel Ask'], adjusters: ['Tova Sundin'], adjustedOn: '2025-02-11' });
  });
});
