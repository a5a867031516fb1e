// A transcript whose pages open with the site's number, the organ's name as the running header and
// the document's counter in words (`2 Miljönämndens utskott Sida 2 av 5 …`): the number is the
// page's, not a point `1`, `2`, `3` (which hid the front page's labels). Invented texts.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc } from './helpers.js';

const TRANSCRIPT = [
  'Transkript',
  '',
  '1 Miljönämndens utskott Sida 1 av 4 Blad Plats och tid: Stadshuset, kl 09.00-11.15 BESLUTANDE Ledamöter: Karin Alm (s), ordförande Olle Brink (m) Sara Dahl (c) Utses att justera: Olle Brink Underskrifter Paragrafer: 12-13 Sekreterare:. Nils Ek Ordförande:.. Karin Alm Justerande:.. Olle Brink',
  '',
  '2 Miljönämndens utskott Sida 2 av 4 ANSLAG/BEVIS Justeringen har tillkännagivits genom anslag Organ: Miljönämndens utskott Förvaringsplats för protokollet: Stadshuset',
  '',
  '3 Miljönämndens utskott Sida 3 av 4 MN AU 12 Dnr: Val av justerare Utskottets beslut Olle Brink utses att justera protokollet.',
  '',
  '4 Miljönämndens utskott Sida 4 av 4 MN AU 13 Dnr: Tillsynsplan för året Utskottets beslut Utskottet godkänner tillsynsplanen.',
].join('\n');

describe('a transcript whose pages open with the organ and a counter in words', () => {
  it('takes the number before the organ for the page\'s, not the text\'s', () => {
    const texts = linesOf(TRANSCRIPT).map((l) => l.text);
    expect(texts.filter((t) => /^\d Miljönämndens/u.test(t))).toEqual([]);
    expect(texts).toContain('Miljönämndens utskott');
  });

  it('reads the front page and takes no page number for a point', () => {
    const doc = meetingDoc(TRANSCRIPT);
    expect(doc.meeting).toMatchObject({ startTime: '09:00', endTime: '11:15', location: 'Stadshuset' });
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Karin Alm', 'member'], ['Olle Brink', 'member'], ['Sara Dahl', 'member'],
    ]);
    expect(doc.items.map((i) => i.number)).not.toContain(1);
    expect(doc.items.map((i) => i.number)).toEqual([12, 13]);
  });
});
