// A city's web agenda that writes a note after a point's case number on its line (`Dnr
// 982-2013-103 Omedelbar justering`, `Dnr 322-278/2013 (framställd 16/2)`, `… Utsändes senare`):
// the line is still the point's case line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const agenda = [
  'Sammanträde 2013-11-21',
  '',
  'Datum',
  'Klockan',
  '18.00',
  'Plats',
  'Norrby medborgarhus',
  '',
  '2 Val av justerare och dag för justering',
  '',
  '3 Anmälan av justerat protokoll',
  '',
  '7 Gemensam upphandling av bemanningstjänster inom äldreomsorgen',
  '',
  'Dnr 982-2013-103 Omedelbar justering',
  '',
  '8 Yttrande enligt föräldrabalken',
  '',
  '9 Nr 2013:6 av Lisa Sjö (s) om uppföljningsansvar. RIV',
  '',
  'Dnr 322-278/2013 (framställd 18/2, bordlagd 29/4)',
  'Ärendedokument',
  'Läs dokument (PDF)',
  '',
  '10 Balanslista över nämndens uppdrag',
  '',
  'Dnr 1.2.1/024-2013 Utsändes senare',
].join('\n');

describe('a case line with a note after the number', () => {
  const doc = meetingDoc(agenda);

  it("is the point's case number", () => {
    expect(item(doc, 7).caseNumber).toBe('982-2013-103');
    expect(item(doc, 9).caseNumber).toBe('322-278/2013');
    expect(item(doc, 10).caseNumber).toBe('1.2.1/024-2013');
  });

  it('opens no case number of the point under it', () => {
    expect(item(doc, 8).caseNumber).toBeNull();
  });
});
