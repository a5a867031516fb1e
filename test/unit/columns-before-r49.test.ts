// `Beslutande:` over `Ersättare:` and every name, or `Ledamöter:` `Ersättare:` `Övriga närvarande` over one run of
// names: the members' column and the personal deputies' column beside it flattened one after the other under the last
// heading (an Ostrobothnian kommunstyrelse, an Åland kommunförbund's board); and `Beslutande` `Övriga deltagare` over
// everyone, each with a party or a seat or a position (a Norrbotten fullmäktige). Every text is invented.
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../src/schema/result.js';
import { membersThenDeputies } from '../../src/parse/participants/columns-before.js';
import { meetingDoc } from './helpers.js';

const people = (text: string): (string | null)[][] => meetingDoc(text).participants.map((p) => [p.role, p.name, p.roleLabel]);

const FRONT = (names: string): string =>
  `SAMMANTRÄDESPROTOKOLL Nr 3/2023 3/41 Sammanträdestid Måndag 6 mars 2023, kl 18.00 Sammanträdesplats Kommungården Beslutande: Ersättare: ${names} ` +
  'Övriga närvarande: Nordin, Ebba Åberg, Gustav kommundirektör kommunsekreterare Paragrafer: Underskrifter: Ordförande: Protokollförare:\n\n' +
  '2 KALLELSESIDA Ärendets nummer Ärende 41. LAGLIGHET OCH BESLUTFÖRHET 42. PROTOKOLLJUSTERING\n';

describe('the members and their deputies flattened under the last heading', () => {
  it('gives the members the first half of the run, the deputies the second', () => {
    expect(people(FRONT('Holmgren, Kerstin Bergkvist, Anton Strandberg, Maja Vikström, Olle Lundqvist, Siv Ekholm, Arne Dahlberg, Lisa Sjöholm, Tor'))).toEqual([
      ['member', 'Holmgren Kerstin', 'Beslutande'],
      ['member', 'Bergkvist Anton', 'Beslutande'],
      ['member', 'Strandberg Maja', 'Beslutande'],
      ['member', 'Vikström Olle', 'Beslutande'],
      ['deputy', 'Lundqvist Siv', 'Ersättare'],
      ['deputy', 'Ekholm Arne', 'Ersättare'],
      ['deputy', 'Dahlberg Lisa', 'Ersättare'],
      ['deputy', 'Sjöholm Tor', 'Ersättare'],
      ['other', 'Nordin Ebba', 'Övriga närvarande'],
      ['other', 'Åberg Gustav', 'Övriga närvarande'],
    ]);
  });

  it('leaves an odd run under its heading', () => {
    const roles = people(FRONT('Holmgren, Kerstin Bergkvist, Anton Strandberg, Maja Vikström, Olle Lundqvist, Siv')).map((p) => p[0]);
    expect(roles).toEqual(['deputy', 'deputy', 'deputy', 'deputy', 'deputy', 'other', 'other']);
  });

  it('keeps the officials at the end of a run under the others heading', () => {
    const p = (name: string, position: string | null = null, note: string | null = null): Participant => ({
      name, role: 'other', roleLabel: 'Övriga närvarande', organisation: null, party: null, position, paragraphs: null, substituteFor: null, note, line: 1,
    });
    const list = [p('Kerstin Holm', 'ordförande'), p('Anton Berg', 'vice ordförande'), p('Olle Vik'), p('Siv Lund'), p('Ebba Nord', 'ordförande', 'förbundsstämmans'), p('Gustav Åberg', 'förbundsdirektör')];
    membersThenDeputies(list, 0, { members: 'Ledamöter', deputies: 'Ersättare' }, true);
    expect(list.map((x) => [x.role, x.roleLabel])).toEqual([
      ['member', 'Ledamöter'], ['member', 'Ledamöter'], ['deputy', 'Ersättare'], ['deputy', 'Ersättare'], ['other', 'Övriga närvarande'], ['other', 'Övriga närvarande'],
    ]);
  });

  it('gives the members heading those with a party or a seat, where it stands alone before the others', () => {
    const seats = [
      'Tove Lindqvist (S), ledamot', 'Arvid Sandberg (S), ordförande', 'Greta Holmberg (S), ledamot', 'Nils Åkesson (S), ledamot', 'Eva Lundgren (S), ledamot',
      'Ulla Berggren (S), ledamot', 'Mauritz Pålsson (S), ledamot', 'Karin Sjöström (S), ledamot', 'Görgen Åkerlund (S), ledamot', 'Vera Burström (S), ledamot',
      'Rolf Lidström (C), ledamot', 'Doris Hedberg (C), ledamot', 'Ulf Ottander (C), ledamot', 'Maja Ekström, kommunsekreterare', 'Olof Berglund, kommunchef',
      'Jon Wennberg (C), ledamot', 'Alf Sundin (L), ledamot', 'Erik Dahlberg (L), ledamot', 'Lars-Nila Lassen (L), ledamot', 'Elin Bramberg (V), ledamot',
      'Berit Wallin (V), ledamot', 'Inger Lundholm (S), tjg ersättare', 'Göran Lundkvist (S), tjg ersättare', 'Åsa Sundqvist (L), tjg ersättare', 'Anette Lunde, nämndsekreterare',
    ];
    const read = people(
      'NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL Sida Kommunfullmäktige (30)\n\n1 Kommunfullmäktige (30) Plats och tid Medborgarhuset Norrby, måndagen den 6 mars 2023, ' +
        `klockan 13:00 16:00. Beslutande Övriga deltagare ${seats.join(' ')} Utses att justera Justeringens tid och plats Rolf Lidström och Berit Wallin ` +
        'Omedelbar justering Underskrifter Sekreterare Paragrafer: 10 Maja Ekström Ordförande Arvid Sandberg Justerande Rolf Lidström Berit Wallin\n\n' +
        '2 Kommunfullmäktige Kf 10 Val av justerare\nKommunfullmäktige beslutar att utse Rolf Lidström och Berit Wallin.\n',
    );
    expect(read).toHaveLength(seats.length);
    expect(read.filter((p) => p[2] === 'Övriga deltagare').map((p) => [p[0], p[1]])).toEqual([
      ['other', 'Maja Ekström'],
      ['other', 'Olof Berglund'],
      ['other', 'Anette Lunde'],
    ]);
    expect(read.filter((p) => p[0] === 'deputy').map((p) => p[1])).toEqual(['Inger Lundholm', 'Göran Lundkvist', 'Åsa Sundqvist']);
    expect(read.filter((p) => p[0] === 'member' && p[2] === 'Beslutande')).toHaveLength(19);
  });
});
