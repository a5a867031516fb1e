// A § that sets the agenda takes other points off it or puts them off (`att punkt 5 utgår och
// att i övrigt fastställa dagordningen`): those are the other points' outcomes, and the §
// itself approves the agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL',
    'Styrelsen 2024-05-14',
    '',
    '§ 1 Fastställande av dagordning',
    'Beslut att mötet med revisorerna utgår och att i övrigt fastställa den föreslagna dagordningen.',
    '',
    '§ 2 Förändring av ärendelistan',
    'Styrelsen beslutar att ärende 7 bordläggs till nästa sammanträde.',
    '',
    '§ 3 Motion om parkbänkar',
    'Ärendet utgår.',
  ),
);

describe('the outcome of a § about the agenda', () => {
  it('is approved, whatever points it takes off or puts off', () => {
    expect(doc.items.map((i) => [i.number, i.outcome])).toEqual([
      [1, 'approved'],
      [2, 'approved'],
      // (guard: a § that is itself taken off is withdrawn, before and after)
      [3, 'withdrawn'],
    ]);
  });
});
