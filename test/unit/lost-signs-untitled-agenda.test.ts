// A city district's web agenda with no kind's word and no `Ärenden` heading over its points (`Sammanträde 2014-09-18` /
// `Datum` / `Klockan` / `Plats`): points that count up each carry a case line, a handling officer or a referral's
// sender under them, as a § carries its body. Nothing on the page is decided: no § was lost, the points stay a
// notice's. A transcript that lost its signs under no title decides in its §§ and gets them back. Every text is invented.
import { describe, expect, it } from 'vitest';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';
import { meetingDoc, text } from './helpers.js';

const agenda = text(
  'Sammanträde 2014-09-18',
  '',
  'Datum',
  'Klockan',
  '18.30',
  'Plats',
  'Ekbergssalen, Storgatan 12',
  '',
  '1 Val av justerare och tid för justering',
  '',
  'Medborgarförslag',
  '',
  '2 Anmälan av medborgarförslag',
  '',
  '3 Belysning i Lindparken',
  'Svar på medborgarförslag',
  '',
  'Dnr: 1.2.4-210-2014',
  '',
  'Handläggare: Anna Berg, 508 11 200',
  '',
  'Allmänna ärenden',
  '',
  '4 Ny förskola vid Ekbacken – inriktningsbeslut',
  '',
  'Dnr: 2.6-301-2014',
  '',
  '5 Månadsrapport augusti 2014',
  '',
  'Dnr: 2.1-144-2014',
  '',
  '6 Upphandling av städtjänster',
  '',
  'Dnr: 2.2-150-2014',
  '',
  '7 Förslag till trafikplan för innerstaden',
  'Remiss från kommunstyrelsen',
  '',
  '8 Anmälan av protokoll från pensionärsrådet',
);

describe('an untitled web agenda whose points carry case lines', () => {
  it('gets no § back', () => {
    expect(restoreLostSigns(agenda)).not.toContain('§');
  });

  it('is a notice with every point', () => {
    const doc = meetingDoc(agenda);
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.items.find((i) => i.number === 4)!.caseNumber).toBe('2.6-301-2014');
  });

  it('a transcript under no title whose §§ decide still gets its signs back', () => {
    const minutes = agenda.replace('Dnr: 2.6-301-2014', 'Dnr: 2.6-301-2014\n\nNämnden beslutar att godkänna inriktningen.');
    expect(restoreLostSigns(minutes)).toContain('§ 4 Ny förskola');
  });
});
