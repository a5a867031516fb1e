// Minutes that print each § on a page of its own with its case number on the line above the
// heading (`Dnr KS 2024/88` / `§ 47 …`), also where the § before holds one sentence only and
// where the page breaks were lost: the line is the case number of the § under it, not text of
// the § above. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const FRONT = ['SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2024-05-14', '', 'Beslutande', 'Greta Nord (S), ordförande', 'Ivar Sand (M)', ''];
const PAGES = [
  ['Dnr TN 2024/31', '', '§ 21 Renhållningstaxa 2025', '', 'Beslut', 'Tekniska nämnden godkänner förslaget.'],
  ['Dnr TN 2024/40', '', '§ 22 Uppföljning april', '', 'Uppföljningen läggs till handlingarna.'],
  ['Dnr TN 2024/12', '', '§ 23 Medborgarförslag om parkbänkar', '', 'Medborgarförslaget avslås.'],
];

describe('a case number printed above its § heading', () => {
  it('goes with the § under it when each § has a page of its own', () => {
    const doc = meetingDoc([...FRONT, ...PAGES.flatMap((p) => ['\f' + 'Kommunen Vik\tProtokoll', ...p, ''])].join('\n'));
    expect(item(doc, 22).caseNumber).toBe('TN 2024/40');
    expect(item(doc, 22).text).toBe('Uppföljningen läggs till handlingarna.');
    expect(item(doc, 23).caseNumber).toBe('TN 2024/12');
  });

  it('goes with the § under it when the § above holds one sentence under a heading with its title', () => {
    const doc = meetingDoc([...FRONT, ...PAGES.flatMap((p) => [...p, ''])].join('\n'));
    expect(item(doc, 22).text).toBe('Uppföljningen läggs till handlingarna.');
    expect(item(doc, 23).caseNumber).toBe('TN 2024/12');
  });

  it('stays with the § above when it stands right under that § title', () => {
    const doc = meetingDoc([...FRONT, '§ 21 Renhållningstaxa 2025', 'Dnr TN 2024/31', '', '§ 22 Uppföljning april', 'Dnr TN 2024/40', 'Uppföljningen läggs till handlingarna.', ''].join('\n'));
    expect(item(doc, 21).caseNumber).toBe('TN 2024/31');
    expect(item(doc, 22).caseNumber).toBe('TN 2024/40');
  });
});
