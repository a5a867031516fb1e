// A participant list in a narrow column whose names wrap: the surname's last word on the line
// under the rest of the name, with the party or the position after it (`Karl-Johan Lindqvist` /
// `Holmberg (M)`), or the party's bracket alone under the name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (...list: string[]): string =>
  text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2022-05-10', '', 'Plats och tid     Kommunhuset, kl. 13.00-16.00', '', ...list, '', 'Utses att justera Per Nilsson', '', '§ 1 Val av justerare', 'Styrelsen utser Per Nilsson.');

describe('a name wrapped onto the next line', () => {
  it('joins the surname and its party to the name, and the list goes on', () => {
    const doc = meetingDoc(
      page(
        'Beslutande        Ann-Sofie Brännström (S)',
        '                  Karl-Johan Lindqvist',
        '                  Holmberg (M)',
        '                  Per Nilsson (M)',
        '                  Greta Ström (C)',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Ann-Sofie Brännström', 'S'],
      ['Karl-Johan Lindqvist Holmberg', 'M'],
      ['Per Nilsson', 'M'],
      ['Greta Ström', 'C'],
    ]);
  });

  it('joins a wrapped surname with a position, under a heading on its own line', () => {
    const doc = meetingDoc(
      page('Beslutande', 'Eva Lund (S), ordförande', 'Lars-Göran Bergkvist', 'Sandström, vice ordförande', 'Per Nilsson (M)', '', 'Ersättare', 'Olle Bring (C)'),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Eva Lund', 'member', 'ordförande'],
      ['Lars-Göran Bergkvist Sandström', 'member', 'vice ordförande'],
      ['Per Nilsson', 'member', null],
      ['Olle Bring', 'deputy', null],
    ]);
  });

  it('joins a party bracket alone on the line under its name', () => {
    const doc = meetingDoc(page('Beslutande', 'Eva Lund (S), ordförande', 'Karl-Johan Lindqvist Holmberg', '(M)', 'Per Nilsson (M)'));
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Eva Lund', 'S'],
      ['Karl-Johan Lindqvist Holmberg', 'M'],
      ['Per Nilsson', 'M'],
    ]);
  });

  it('leaves given names one a line apart', () => {
    const doc = meetingDoc(page('Närvarande', 'Anna Berg', 'Johan', 'Stina'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Johan', 'Stina']);
  });

  it('puts a wrapped surname before the party its name took from the first line (a party column)', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2022-05-10', '',
        'Ledamöter                     Parti',
        'Anna-Karin Lindqvist          S',
        'Karl-Johan Bergkvist          M',
        'Sandström',
        'Per Nilsson                   M',
        '', '§ 1 Val av justerare', 'Styrelsen utser Per Nilsson.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Anna-Karin Lindqvist', 'S'],
      ['Karl-Johan Bergkvist Sandström', 'M'],
      ['Per Nilsson', 'M'],
    ]);
  });
});
