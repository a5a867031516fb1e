// A contents page flattened onto one line whose transcript lost a few entries' numbers
// (`… 55 Taxor 2027 Internkontroll … 57 Internkontrollplan …`): the numbers that stand
// still count up, one or two lost between them, and each names its entry; a lost number's entry, its title run on
// after the one before and opening with a capital, is an entry too where the capitals count up to the lost numbers
// (contents-lost-entries-r51.test.ts). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = '1 Sammanträdesprotokoll 1 (16) Plats och tid Folkets hus, kl 18:00-20:00 Beslutande Anna Berg (S), ordförande Olof Lind (M) Utses att justera Olof Lind';

describe('a one-line contents list with lost numbers', () => {
  it('keeps counting past one lost number', () => {
    const doc = meetingDoc(
      text(
        FRONT,
        '2 Kultur- och fritidsnämnden (16) Innehållsförteckning 21 Spontanidrottsplats i Norrby 22 Konstgräsplan vid Åsskolan 23 Anmälan av delegationsbeslut Internkontroll för nämnden 25 Simhallens öppettider 26 Information',
      ),
    );
    expect(doc.items.map((i) => i.number)).toEqual([21, 22, 23, 24, 25, 26]);
    expect(doc.items.find((i) => i.number === 23)?.title).toBe('Anmälan av delegationsbeslut');
    expect(doc.items.find((i) => i.number === 24)?.title).toBe('Internkontroll för nämnden');
    expect(doc.items.find((i) => i.number === 25)?.title).toBe('Simhallens öppettider');
  });

  it('keeps counting past two lost numbers', () => {
    const doc = meetingDoc(
      text(
        FRONT,
        '2 Socialnämnden Innehållsförteckning 1 Förslag till avtal om stödboende för unga vuxna 2 Redovisning av verksamheten med stödboende Ansökan om statsbidrag för verksamheten med stödboende Delegering till ordföranden vid förhandling 5 Ändringar i delegeringsordningen för socialnämnden 6 Ej verkställda beslut tredje kvartalet',
      ),
    );
    expect(doc.items.every((i) => i.text === '')).toBe(true);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Förslag till avtal om stödboende för unga vuxna'],
      // (the entries that lost their numbers are no part of the title before them: list-rows-lost-numbers.test.ts;
      // each is an entry of its own, its capital opening it)
      [2, 'Redovisning av verksamheten med stödboende'],
      [3, 'Ansökan om statsbidrag för verksamheten med stödboende'],
      [4, 'Delegering till ordföranden vid förhandling'],
      [5, 'Ändringar i delegeringsordningen för socialnämnden'],
      [6, 'Ej verkställda beslut tredje kvartalet'],
    ]);
  });
});
