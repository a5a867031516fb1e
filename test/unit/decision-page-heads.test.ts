// A running header the furniture finder could not confirm, standing after a decision's last
// clause where the next page begins: the kind of document letter-spaced (`PRO T OK OL L`), or
// the organ and the meeting's date, a letterhead, a header row run together. None is a clause. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a page header under a decision', () => {
  it('the kind letter-spaced, the organ with the date and a letterhead are no clauses', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Byggnadsnämnden 2025-09-16',
        'Plats och tid Stadshuset kl 18.00-19.30',
        '',
        '§ 70 Val av justerare',
        '',
        'Byggnadsnämndens beslut',
        '',
        'Oskar Lind utses att justera protokollet.',
        '',
        'PRO T OK OL L',
        '',
        '§ 71 Detaljplan för Norra hamnen',
        '',
        'Byggnadsnämndens beslut',
        '',
        '1. Planen godkänns för granskning.',
        '',
        'Byggnadsnämnden 2025-09-16',
        '',
        '2. Samrådsredogörelsen godkänns.',
        '',
        'Justerandes sign',
        '',
        '§ 72 Meddelanden',
        '',
        'Byggnadsnämndens beslut',
        '',
        'Meddelandena läggs till handlingarna.',
        '',
        'VALLBY KOMMUN',
        'Byggnadsnämnden',
        '',
        '§ 73 Tillsyn av hissar',
        '',
        'Byggnadsnämndens beslut',
        '',
        'Rapporten läggs till handlingarna.',
        '',
        'VALLBY KOMMUN PROTOKOLL 4 Byggnadsnämnden Sammanträdesdatum 2025-09-16',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => d.text)])).toEqual([
      [70, ['Oskar Lind utses att justera protokollet.']],
      [71, ['Planen godkänns för granskning.', 'Samrådsredogörelsen godkänns.']],
      [72, ['Meddelandena läggs till handlingarna.']],
      [73, ['Rapporten läggs till handlingarna.']],
    ]);
  });
});
