// Adjusters elected in an item in the active voice, the meeting (or a bare `att`) before the
// verb and the names after it: `att utse Åsa Vik till justerare`, `Styrelsen väljer … att
// jämte ordföranden justera protokollet`. Read where no front page names them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (election: string): string => `PROTOKOLL

Möte med styrelsen den 4 mars 2023

Ledamöter
Ida Brunnberg
Sami Hedlöv
Åsa Vikström

§ 14 Val av justerare

Beslut

${election}

§ 15 Fastställande av dagordning

Beslut

att fastställa dagordningen.
`;

describe('adjusters elected in the active voice', () => {
  it('reads `att utse NAME till justerare`', () => {
    expect(meetingDoc(minutes('att utse Åsa Vikström till justerare')).signatures?.adjusters).toEqual(['Åsa Vikström']);
  });

  it('reads `Styrelsen väljer NAME och NAME att jämte ordföranden justera protokollet`', () => {
    const doc = meetingDoc(minutes('Styrelsen väljer Sami Hedlöv (M) och Åsa Vikström (S) att jämte ordföranden justera protokollet.'));
    expect(doc.signatures?.adjusters).toEqual(['Sami Hedlöv', 'Åsa Vikström']);
  });

  it('takes no names from an election to another office', () => {
    expect(meetingDoc(minutes('att utse Åsa Vikström till firmatecknare')).signatures).toBeNull();
  });
});
