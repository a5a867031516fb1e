// A web archive's transcript of a front page whose labels come first and all their values
// after them, run on in one text (`Organ: Plats och tid: Beslutande: <organ> <place and time>
// <members> Övriga deltagare: …`), the transcript's page number and a page serial before the
// labels, the §§ of the next page without their signs. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TRANSCRIPT = [
  'Transkript',
  '',
  '1 41 Organ: Plats och tid: Beslutande: Länsförbundets vägnämnd Förbundshuset, Kvarngatan 4, Norrvik Onsdagen den 14 april 2010 kl 09.30-12.15 Greta Almqvist, ordf Hugo Sten Ines Rydell, Olof Björk, Tova Lindahl Rune Hed, Siri Falk, tjg ers Övriga deltagare: Edvin Mårtensson Lova Grahn Utses att justera: Hugo Sten Paragrafer: 7-9',
  '',
  '2 42 7 Val av justerare Nämnden beslutar att utse Hugo Sten att justera protokollet. 8 Vägplan 2011 Lova Grahn redovisar förslaget. Nämnden beslutar att anta vägplanen för 2011. 9 Rapporter Edvin Mårtensson informerar om vinterväghållningen. Nämnden beslutar att lägga rapporten till handlingarna.',
].join('\n');

describe('labels first, their values run on in one text', () => {
  const doc = meetingDoc(TRANSCRIPT);

  it('cuts the organ, the place and time, and the members where each value ends', () => {
    expect(doc.meeting?.body).toBe('vägnämnd');
    expect(doc.meeting?.date).toBe('2010-04-14');
    expect(doc.meeting?.startTime).toBe('09:30');
    expect(doc.meeting?.endTime).toBe('12:15');
    expect(doc.meeting?.location).toBe('Förbundshuset, Kvarngatan 4, Norrvik');
    const members = doc.participants.filter((p) => p.role === 'member').map((p) => p.name);
    expect(members).toContain('Greta Almqvist');
    expect(members).toContain('Tova Lindahl');
    expect(doc.participants.find((p) => p.name === 'Greta Almqvist')?.position).toBe('ordförande');
    expect(doc.participants.find((p) => p.name === 'Lova Grahn')?.role).toBe('other');
  });

  it('reads the §§ that lost their signs from the next page, not the number before the labels', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [7, 'Val av justerare'],
      [8, 'Vägplan 2011'],
      [9, 'Rapporter'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Hugo Sten']);
  });
});

describe('the meeting’s labels run together, all their values after the last', () => {
  // `Tid Plats Beslutande <date and time> <place> <members>`: the time cut after the clock, the place where a name starts
  const doc = meetingDoc(
    [
      'Transkript',
      '',
      '1 (12) Tid Plats Beslutande Onsdagen den 16 december 2009 kl 13.00-16.00 Ekgårdens konferens, Lövby Marie Holm (c) ordförande Bo Frisk (m) förste vice ordf. Monica Hed (s) Arne Karl (m) Övriga närvarande Tomas Nyberg, förbundsdirektör Åsa Karlsson, sekreterare Justerare Monica Hed Paragrafer 208-210',
      '',
      '2 (12) 208 Fastställande av dagordning Dagordningen fastställs. 209 Budget 2010 Styrelsen beslutar att anta budgeten. 210 Övriga frågor Inga övriga frågor.',
    ].join('\n'),
  );

  it('gives the date, the hours, the place and every member', () => {
    expect(doc.meeting?.date).toBe('2009-12-16');
    expect(doc.meeting?.startTime).toBe('13:00');
    expect(doc.meeting?.location).toBe('Ekgårdens konferens, Lövby');
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Marie Holm', 'member', 'C'],
      ['Bo Frisk', 'member', 'M'],
      ['Monica Hed', 'member', 'S'],
      ['Arne Karl', 'member', 'M'],
      ['Tomas Nyberg', 'other', null],
      ['Åsa Karlsson', 'other', null],
    ]);
  });
});
