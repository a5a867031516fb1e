// Minutes as a converter writes them, the first page marker (`<!-- sida 1 -->`) after a blank
// line or two, a front page of its own, and a running header on the two later pages only
// (`Samordningsförbundet Ekdalen   PROTOKOLL   2 (3)` / `Styrelsen   2024-03-14`): the text
// before the first marker is no page, so the three pages are three, and the header's date
// line on both later pages is furniture, not the end of the § above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = (page: number): string =>
  text(`<!-- sida ${page} -->`, '', `Samordningsförbundet Ekdalen                 PROTOKOLL                 ${page} (3)`, 'Styrelsen                                    2024-03-14', '');

const front = (): string =>
  text(
    '',
    '<!-- sida 1 -->',
    '',
    'Samordningsförbundet Ekdalen                 PROTOKOLL',
    'Styrelsen                                    Sammanträdesdatum',
    '                                             2024-03-14',
    '',
    'Plats och tid     Kommunhuset, Ekby, kl. 09.00–11.45',
    '',
    'Beslutande        Anna Berg (S), ordförande, Ekby kommun',
    '                  Olle Ek (M), Region Ekland',
    '',
    'Utses att justera Olle Ek',
    '',
  );
const page2 = (): string =>
  head(2) +
  text('§ 1    Mötets öppnande', '', 'Ordföranden öppnade mötet.', '', '§ 2    Verksamhetsplan 2025                                   Dnr 2024/12', '', 'Förbundschefen presenterade förslaget.', '', 'Styrelsen beslutar att fastställa verksamhetsplanen för 2025.', '');
const doc = meetingDoc(
  front() +
    head(2) +
    text('§ 1    Mötets öppnande', '', 'Ordföranden öppnade mötet.', '', '§ 2    Verksamhetsplan 2025                                   Dnr 2024/12', '', 'Förbundschefen presenterade förslaget.', '', 'Styrelsen beslutar att fastställa verksamhetsplanen för 2025.', '') +
    head(3) +
    text('§ 3    Övriga frågor', '', 'Inga övriga frågor.', '', 'Vid protokollet', '', 'Maria Vik', '', 'Justeras', '', 'Anna Berg                     Olle Ek'),
);

describe('a running header on the later pages of a converted text', () => {
  it('is furniture on both pages, no part of a §', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Verksamhetsplan 2025', '2024/12'],
      [3, 'Övriga frågor', null],
    ]);
    expect(doc.items[1]!.text).toBe('Förbundschefen presenterade förslaget.\n\nStyrelsen beslutar att fastställa verksamhetsplanen för 2025.');
    expect(doc.meeting).toMatchObject({ organisation: 'Samordningsförbundet Ekdalen', date: '2024-03-14' });
  });

  it('is furniture too where the last page is short, the minutes ending after a line or two', () => {
    const short = meetingDoc(front() + page2() + head(3) + text('§ 3    Övriga frågor', '', 'Inga övriga frågor.'));
    expect(short.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(short.items[1]!.text).toBe('Förbundschefen presenterade förslaget.\n\nStyrelsen beslutar att fastställa verksamhetsplanen för 2025.');
  });
});
