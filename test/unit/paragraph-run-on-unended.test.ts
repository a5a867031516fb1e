// A § of minutes whose heading's line holds its whole text, run on after the title with no stop at its end (a page
// or an excerpt cut off mid-sentence; a flattened template): the title ends where the text opens a sentence, as it
// does where a stop ends the line. Seen at a county's joint board, a Finland-Swedish town's board, a municipal
// assembly (an organ's letters before the number), and a care board. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (paragraphs: string, organ = 'Miljönämnden'): string =>
  `PROTOKOLL\n${organ}, Ekby kommun\nDatum: 2024-03-04\n\n${paragraphs}\n`;

const titles = (t: string) => meetingDoc(t).items.map((it) => [it.number, it.title]);

describe('a § line whose text runs on after the title, unended', () => {
  it.each([
    ['§ 7 Ändring av föredragningslistan På förslag av ordföranden godkänner nämnden att ärendet om strandskydd vid', 'Ändring av föredragningslistan'],
    ['§ 7 Mötets laglighet och beslutförhet Mötet konstaterades vara lagligen sammankallat och', 'Mötets laglighet och beslutförhet'],
    ['§ 7 Ändring av ärendelistan Beslut flyttar punkt 4 Budget', 'Ändring av ärendelistan'],
  ])('cuts `%s`', (line, title) => {
    expect(titles(minutes(`${line}\n\n§ 8 Övriga frågor\nInga övriga frågor anmäldes.`))[0]).toEqual([7, title]);
  });

  it('keeps a long title whose words open no sentence', () => {
    const line = '§ 7 Ansökan om bidrag till föreningen Ekby Hembygdsgille för renovering av kvarnen vid ån';
    expect(titles(minutes(`${line}\n\n§ 8 Övriga frågor\nInga övriga frågor anmäldes.`))[0]).toEqual([7, line.slice(4)]);
  });

  it('cuts an assembly\'s § under its organ\'s letters, an empty case number label before the text', () => {
    const line = 'KF 7 Upprop Dnr Ordföranden hälsar ledamöterna och åhörarna välkomna och förklarar mötet öppnat och';
    expect(titles(minutes(`${line}\n\nKF 8 Övriga frågor\nInga övriga frågor anmäldes.`, 'Kommunfullmäktige'))[0]).toEqual([7, 'Upprop']);
  });
});
