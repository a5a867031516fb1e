// A roll written surname first and flattened onto one line by a transcript, as Finland-Swedish and Åland minutes print
// it: a second given name after the first (`Karlsson-Finne Anna Lena`) is the person's own, not the next person's
// surname; the column of positions the table kept beside the names comes out after the whole roll, and where it holds
// only the presidium's cells (`ordförande vice ordförande`) they are the top rows', not the last person's; a remark on
// attendance the table kept in a cell of its own, after that column, names nobody (its § is no one's range). A remark
// right after the last name, with no column between, stays that person's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (...roll: string[]): string =>
  text(
    'PROTOKOLL 5/2022',
    'Byggnadsnämnden',
    'Tid: 9.5.2022 kl. 18:00-20:10',
    'Plats: Kommungården, mötesrummet',
    ...roll,
    '',
    '§ 40 Sammanträdets laglighet och beslutförhet',
    'Sammanträdet konstaterades lagligt och beslutfört.',
    '',
    '§ 41 Protokolljusterare',
    'Till protokolljusterare valdes Rask och Berg.',
  );

const rows = (src: string) => meetingDoc(src).participants.map((p) => [p.name, p.role, p.position]);

describe('a surname-first roll run on, with a second given name', () => {
  it('keeps `Anna Lena` with its surname and reads every person after it', () => {
    const people = rows(page('Närvarande: Backlund Tor ordf. Viklund Anna Lena I vice ordf. Strömsholm Edvin Granqvist Karl Erik Nordin Pia ersättare'));
    expect(people).toEqual([
      ['Backlund Tor', 'member', 'ordförande'],
      ['Viklund Anna Lena', 'member', 'I vice ordförande'],
      ['Strömsholm Edvin', 'member', null],
      ['Granqvist Karl Erik', 'member', null],
      ['Nordin Pia', 'deputy', null],
    ]);
  });

  it('reads a Frånvarande run the same way, a double given name last', () => {
    const doc = meetingDoc(page('Närvarande: Backlund Tor ordf. Strömsholm Edvin Nordin Pia', 'Frånvarande: Hägg Lotta Åkerblom Per Olof'));
    expect(doc.participants.filter((p) => p.role === 'absent').map((p) => p.name)).toEqual(['Hägg Lotta', 'Åkerblom Per Olof']);
  });
});

describe('the presidium column after the whole roll', () => {
  it('gives `ordförande vice ordförande` to the first two of a comma-written roll', () => {
    expect(rows(page('Beslutande: Rask, Olle Mård, Karin Ström, Tove Berg, Kim ordförande vice ordförande'))).toEqual([
      ['Rask Olle', 'member', 'ordförande'],
      ['Mård Karin', 'member', 'vice ordförande'],
      ['Ström Tove', 'member', null],
      ['Berg Kim', 'member', null],
    ]);
  });

  it('reads the abbreviated cells with their ordinals, after a roll without commas', () => {
    // (another extractor's form: no comma in the names, the cells cut short)
    expect(rows(page('Beslutande: Rask Olle Mård Karl Erik Ström Tove Berg Kim Sjö Lotta ordf. I viceordf. II viceordf.'))).toEqual([
      ['Rask Olle', 'member', 'ordförande'],
      ['Mård Karl Erik', 'member', 'I vice ordförande'],
      ['Ström Tove', 'member', 'II vice ordförande'],
      ['Berg Kim', 'member', null],
      ['Sjö Lotta', 'member', null],
    ]);
  });

  it('leaves a remark after the column to nobody, and reads no range from its §', () => {
    const doc = meetingDoc(page('Närvarande', 'Rask, Olle Mård, Karin Ström, Tove Berg, Kim ordförande vice ordförande anlände kl. 18.25 under behandlingen av 44 §'));
    const last = doc.participants.at(-1)!;
    expect([last.name, last.position, last.paragraphs]).toEqual(['Berg Kim', null, null]);
    expect(doc.participants.map((p) => p.name)).toEqual(['Rask Olle', 'Mård Karin', 'Ström Tove', 'Berg Kim']);
  });

  it('keeps a remark written right after the last name as that person\'s', () => {
    const doc = meetingDoc(page('Närvarande: Rask Olle ordförande Mård Karin Ström Tove Berg Kim avlägsnade sig kl. 19.40 efter § 44'));
    expect(doc.participants.map((p) => p.name)).toEqual(['Rask Olle', 'Mård Karin', 'Ström Tove', 'Berg Kim']);
    expect(doc.participants.at(-1)!.position).toBeNull();
  });

  it('does not spread a single position over the roll', () => {
    // (one cell after the names may be the last person's own: it is left where it stands)
    expect(rows(page('Närvarande: Rask Olle Ström Tove Berg Kim ordförande')).at(-1)).toEqual(['Berg Kim', 'member', 'ordförande']);
  });
});

describe('a surname-first roll broken over lines inside a position', () => {
  it('gives the position that opens the next line to the last person of the line above', () => {
    // (an extractor that broke the run at its width, `II vice ordf.` cut from `Viklund Anna Lena`)
    expect(rows(page('Närvarande: Backlund Tor ordf. Strömsholm Edvin I vice ordf. Viklund Anna Lena', 'II vice ordf. Nordin Pia Hägg Lotta ersättare'))).toEqual([
      ['Backlund Tor', 'member', 'ordförande'],
      ['Strömsholm Edvin', 'member', 'I vice ordförande'],
      ['Viklund Anna Lena', 'member', 'II vice ordförande'],
      ['Nordin Pia', 'member', null],
      ['Hägg Lotta', 'deputy', null],
    ]);
  });

  it('does so for a position in lower case under the heading on its own line', () => {
    expect(rows(page('Närvarande ledamöter', 'Backlund Tor ordförande Strömsholm Edvin', 'vice ordförande Nordin Pia Hägg Lotta'))).toEqual([
      ['Backlund Tor', 'member', 'ordförande'],
      ['Strömsholm Edvin', 'member', 'vice ordförande'],
      ['Nordin Pia', 'member', null],
      ['Hägg Lotta', 'member', null],
    ]);
  });
});
