// `Beslutande:` over `Ersättare:` and every name, or `Ledamöter:` `Ersättare:` `Övriga närvarande` over one run of
// names: the members' column and the personal deputies' column beside it flattened one after the other under the last
// heading (an Ostrobothnian kommunstyrelse, an Åland kommunförbund's board). Every text is invented.
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
});
