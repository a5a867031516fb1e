// A front page flattened to one line by a transcript, its list of other attendees printed on the
// next page and said so (`Övriga deltagande Se sidan 2 Utses att justera …`): the page's number after
// its word is no agenda point, nor is the page's own counter before the organ a first point (`1 1
// Arbetsutskottet Plats och tid …`). Without this the front page was two points and nobody was read.
// The members' hours, cut short by the transcript (`8:15-11:`), stay with their names. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const PAGE_ONE =
  '1 1 Kommunstyrelsens arbetsutskott Plats och tid Kommunhuset, Västby s-rum :15 Beslutande Maja Ström 8:15-11: Olle Berg Lisa Holm Pia Sand Karl Nyberg 11:30-12: Övriga deltagande Se sidan 2 Utses att justera Justeringens plats och tid Lisa Holm Kommunhuset, Västby måndag 7 mars 2022 kl.16:00 Sekreterare.. Paragraf 6-9 Eva Lund Ordförande Justerare Maja Ström Lisa Holm BEVIS Justeringen har tillkännagivits genom anslag';
const PAGE_TWO = '2 2 Övriga deltagare Tor Ek, kommunchef 8:15-11: Eva Lund, kanslichef Sara Dahl, ekonomichef 8:15-9:45 6-7';
const PAGE_THREE =
  '3 3 Exp: Revisionen KS/2022:112 6 Ändrade regler för arvoden Arbetsutskottet har fått en skrivelse om arvoden. Arbetsutskottet beslutar att inte ändra reglerna.';

describe('a page reference on a flattened front page', () => {
  it('is no agenda point: the front page is read', () => {
    const doc = meetingDoc(`${PAGE_ONE}\n\n${PAGE_TWO}\n\n${PAGE_THREE}\n`);
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Maja Ström', 'member', null],
      ['Olle Berg', 'member', null],
      ['Lisa Holm', 'member', null],
      ['Pia Sand', 'member', null],
      ['Karl Nyberg', 'member', null],
      ['Tor Ek', 'other', 'kommunchef'],
      ['Eva Lund', 'other', 'kanslichef'],
      ['Sara Dahl', 'other', 'ekonomichef'],
    ]);
    // (the room's hours lost theirs: the place is the house and the room)
    expect(doc.meeting!.location).toBe('Kommunhuset, Västby s-rum');
  });

  it('leaves a page column\'s capitalised head before the first point alone (guard)', () => {
    // (`Ärenden Sid 1. Justering - 2. …`: a notice's list on one line, `Sid` the head of its page column)
    const notice =
      '1 Kallelse till sammanträde i Aulan, Västby gymnasium\n\n2 2 Ärenden Sid 1. Justering - 2. Fastställande av föredragningslista - 3. Budgetuppföljning för Västby gymnasieförbund 4 4. Information om skolval 6\n';
    const items = parseText(notice).documents.flatMap((d) => d.items.map((i) => i.number));
    expect(items).toEqual([1, 2, 3, 4]);
  });
});
