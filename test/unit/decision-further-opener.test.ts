// A further decision of the same § written with the verb before its subject after an adverb of
// addition: `Vidare beslutar kommunstyrelsen att …`, `Dessutom godkände stadsfullmäktige följande
// hemställningskläm:` (Finnish minutes). `by` is the organ, never the adverb. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const decisionsIn = (organ: string, ...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: text('PROTOKOLL', organ, 'Sammanträdesdatum 2022-05-11', ''), items: text('§ 86 Budgetuppföljning', '', ...body) })), 86).decisions.map((d) => [d.by, d.text]);

describe('an adverb of addition before the verb', () => {
  it('Vidare, the organ deciding', () => {
    expect(decisionsIn('Kommunstyrelsen', 'Kommunstyrelsen godkänner uppföljningen.', '', 'Vidare beslutar kommunstyrelsen att ge förvaltningen i uppdrag att redovisa åtgärder.')).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen godkänner uppföljningen.'],
      ['Kommunstyrelsen', 'Vidare beslutar kommunstyrelsen att ge förvaltningen i uppdrag att redovisa åtgärder.'],
    ]);
  });

  it('Dessutom, under a decision heading of Finnish minutes', () => {
    expect(decisionsIn('Stadsfullmäktige', 'Beslut', '', 'Dessutom godkände stadsfullmäktige följande hemställningskläm:')).toEqual([
      ['Stadsfullmäktige', 'Dessutom godkände stadsfullmäktige följande hemställningskläm:'],
    ]);
  });
});
