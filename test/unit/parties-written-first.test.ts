// A list that writes each member's party before the name, flattened onto one line
// (`C Eva Holm, ordförande S Per Ås, vice ordförande MBP Ylva Lund …`): a party's letters open
// the next entry though the given name is unknown, and a local party's letters are its party.
// And a weak label right after a time (`Tid Klockan 13.00-16.00 Plats …`) ends the time.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const PAGE1 =
  '1 SAMMANTRÄDESPROTOKOLL Sida 1(9) Tid Klockan 13.00-16.00 Plats Ekesalen, Rådhuset, Tallvik Närvarande Beslutande ' +
  'C Eva Holm, ordförande S Per Ås, vice ordförande M Lars-Ove Ring MBP Ylva Lund L Rolf Hall S Rebecka Berg V Xiomara Jensen ' +
  'Ej tjänstgörande ersättare MBP Henry Sand S Mona Fris Justeringens plats och tid Rådhuset den 15 maj 2017 kl 15.00';
const PAGE2 = '2 SAMMANTRÄDESPROTOKOLL Sida 2(9) § 35 Val av justerare Nämnden utser Per Ås att justera. § 36 Budget Nämnden godkänner budgeten.';
const doc = () => meetingDoc(`${PAGE1}\n\n${PAGE2}\n`);

describe('parties written before the names on one line', () => {
  it('opens an entry at each party, with the party and the name apart', () => {
    expect(doc().participants.map((p) => [p.name, p.party, p.role])).toEqual([
      ['Eva Holm', 'C', 'member'],
      ['Per Ås', 'S', 'member'],
      ['Lars-Ove Ring', 'M', 'member'],
      ['Ylva Lund', 'MBP', 'member'],
      ['Rolf Hall', 'L', 'member'],
      ['Rebecka Berg', 'S', 'member'],
      ['Xiomara Jensen', 'V', 'member'],
      ['Henry Sand', 'MBP', 'deputy'],
      ['Mona Fris', 'S', 'deputy'],
    ]);
  });

  it('reads the place after the time', () => {
    expect(doc().meeting).toMatchObject({ startTime: '13:00', endTime: '16:00', location: 'Ekesalen, Rådhuset, Tallvik' });
  });
});

describe("a local party's letters before a given name", () => {
  it('are the party, two letters or four, but not an organisation’s letters', () => {
    const doc = meetingDoc(
      ['PROTOKOLL', '', 'Omsorgsnämnden', 'Sammanträdesdatum 2017-05-15', '', 'Beslutande', 'KP Ylva Lund', 'SVPL Ebba Holm', 'FK Lena Ek', '', '§ 4 Budget', 'Nämnden godkänner budgeten.'].join('\n'),
    );
    expect(doc.participants.slice(0, 2).map((p) => [p.name, p.party])).toEqual([
      ['Ylva Lund', 'KP'],
      ['Ebba Holm', 'SVPL'],
    ]);
    expect(doc.participants[2]!.name).toContain('Lena Ek');
    expect(doc.participants[2]!.party).toBeNull();
  });
});
