// A letterhead row run on in one line, the organ first, the kind's word and the meeting's date after
// it (`Kommunstyrelsen Ärendelista 14 mars 2019`): the day of the date is no number of the document.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('the kind after the organ, a date after the kind', () => {
  it('the title is the kind alone and the document has no number', () => {
    const doc = meetingDoc(['Kommunstyrelsen Ärendelista 14 mars 2019', '', '1. Upprop och val av justerare', '2. Anmälan om delegationsbeslut', '3. Rapporter'].join('\n'));
    expect(doc.title).toBe('Ärendelista');
    expect(doc.meeting?.number).toBeNull();
    expect(doc.meeting?.date).toBe('2019-03-14');
  });

  it('a number that is no day keeps its place (`Socialnämnden Protokoll 4 2024-03-12`)', () => {
    const doc = meetingDoc(['Socialnämnden Protokoll 4 2024-03-12 Plats och tid Rådhuset kl 13.00', '', '§ 1 Val av justerare', 'Bo Ek utses.'].join('\n'));
    expect(doc.meeting?.number).toBe('4');
  });
});
