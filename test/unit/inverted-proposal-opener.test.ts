// A decision that names the proposal it follows first, its verb then before its subject (`På förslag av ordföranden
// godkänner nämnden att …`, `På ordförandens förslag beslutar styrelsen …`): a decision of the meeting, as after
// `Enligt …` / `I enlighet med …`; and where a flattened page runs it on after the § title (`MN 18 Ändring av
// dagordning På förslag av …`), the sentence it opens is no part of the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';
import { opensSentence } from '../../src/text/sentence-start.js';

const HEAD = 'SAMMANTRÄDESPROTOKOLL\nMiljönämnden\nSammanträdesdatum 2024-03-12\n\n';

describe('a decision opened by the proposal it follows', () => {
  it('decides, the organ after the verb', () => {
    const doc = meetingDoc(`${HEAD}§ 18 Ändring av dagordning\n\nPå förslag av ordföranden godkänner nämnden att ärendet om taxor behandlas först.\n\n§ 19 Taxa\n\nPå ordförandens förslag beslutar nämnden att bordlägga ärendet.\n`);
    expect(doc.items.map((i) => i.decisions.map((d) => d.by))).toEqual([['Nämnden'], ['Nämnden']]);
  });

  it('ends a title it runs on after', () => {
    const doc = meetingDoc(`${HEAD}MN 18 Ändring av dagordning På förslag av ordföranden godkänner nämnden att ärendet om taxor behandlas först.\n\nMN 19 Taxa för tillsyn Nämnden beslutar att anta taxan.\n`);
    expect(doc.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      [18, 'Ändring av dagordning', 1],
      [19, 'Taxa för tillsyn', 1],
    ]);
  });

  it('opens a sentence only with a verb of deciding and an organ after it', () => {
    expect(opensSentence('På förslag av ordföranden godkänner nämnden att ärendet behandlas först')).toBe(true);
    expect(opensSentence('På förslag av ordföranden')).toBe(false);
    expect(opensSentence('Efter samråd med länsstyrelsen')).toBe(false);
  });
});
