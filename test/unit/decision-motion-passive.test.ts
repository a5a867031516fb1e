// A member's motion written with a passive or a deciding verb after `yrkar`, outside a heading over
// the motions: `Per Åström (M) yrkar att motionen bifalls.`, `Bifall yrkas av Eva Ek (V).` is what
// a member moves, no decision of the meeting. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2022-05-11', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 41 Motion om cykelbanor', '', ...body) })), 41).decisions.map((d) => [d.by, d.text]);

describe('a motion is no decision', () => {
  it('a member moving that the motion be granted or rejected', () => {
    expect(decisions('Per Åström (M) yrkar att motionen bifalls.', '', 'Karin Lind (V) yrkar att motionen avslås.')).toEqual([]);
  });

  it('a member moving that the meeting decide, beside the decision itself', () => {
    expect(decisions('Per Åström yrkar att fullmäktige beslutar att avslå motionen.', '', 'Kommunfullmäktige beslutar att bifalla motionen.')).toEqual([
      ['Kommunfullmäktige', 'Kommunfullmäktige beslutar att bifalla motionen.'],
    ]);
  });
});
