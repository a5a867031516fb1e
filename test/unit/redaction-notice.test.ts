// A publisher's notice that names were taken out before the minutes went online, printed in
// the page's head: on a line of its own, or run on into the place when the page is flattened.
// It is no part of any value. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a notice that personal data were taken out', () => {
  it('is cut out of the place it runs on into', () => {
    const doc = meetingDoc(
      '1 Miljönämnden (12) Plats och tid Rådhuset, Ekesalen, kl 13.00-15.00 Vissa personuppgifter kan vara raderade p g a gällande lag ' +
        'Beslutande Nora Lind (S), ordförande Olle Berg (M) Tove Ås (C) Utses att justera Olle Berg (M)\n\n' +
        '2 Miljönämnden (12) § 4 Val av justerare Nämnden utser Olle Berg att justera protokollet. § 5 Budget Nämnden godkänner budgeten.\n',
    );
    expect(doc.meeting?.location).toBe('Rådhuset, Ekesalen');
    expect(doc.participants.map((p) => p.name)).toEqual(['Nora Lind', 'Olle Berg', 'Tove Ås']);
  });

  it('goes as a line of its own too (a guard)', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Miljönämnden', '', 'Personuppgifter har tagits bort.', '', 'Plats och tid', 'Rådhuset, kl 13.00-15.00', '', '§ 4 Budget', 'Nämnden godkänner budgeten.'),
    );
    expect(JSON.stringify(doc)).not.toMatch(/Personuppgifter har/u);
    expect(doc.meeting?.location).toBe('Rådhuset');
  });
});
