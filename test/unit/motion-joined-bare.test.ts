// `Henrik Sjö (M) yrkar med instämmande av Ida Ström (C) och Dan Ros (L) att …`: the joiners right after the
// verb with no commas around them, as some fullmäktige minutes write it; they move too, and the motion's
// text is what follows them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) =>
  meetingDoc(text('PROTOKOLL', 'Kommunfullmäktige', 'Datum: 2024-03-12', '', '§ 12 Val av valberedning', 'Yrkande', ...body, '', 'Beslut', 'Kommunfullmäktige beslutar att valet sker genom majoritetsval.'));
const motions = (...body: string[]) => item(doc(...body), 12).motions.map((m) => [m.by, m.parties, m.text]);

describe('joiners after the verb without commas', () => {
  it('move with the mover, wrapped over lines', () => {
    expect(motions('Lars Fors (SD) yrkar att valet ska ske genom proportionellt val.', 'Henrik Sjö (M) yrkar med instämmande av', 'Ida Ström (C) och Dan Ros (L) att valet ska ske', 'genom majoritetsval.')).toEqual([
      [['Lars Fors'], ['SD'], 'att valet ska ske genom proportionellt val'],
      [['Henrik Sjö', 'Ida Ström', 'Dan Ros'], ['M', 'C', 'L'], 'att valet ska ske genom majoritetsval'],
    ]);
  });

  it('one joiner before `bifall`', () => {
    expect(motions('Eva Ås (S) yrkar med stöd av Bo Lind (V) bifall till kommunstyrelsens förslag.')).toEqual([[['Eva Ås', 'Bo Lind'], ['S', 'V'], 'bifall till kommunstyrelsens förslag']]);
  });

  it('no joiner where no name follows', () => {
    expect(motions('Eva Ås (S) yrkar med stöd av motionens syfte bifall till förslaget.')).toEqual([[['Eva Ås'], ['S'], 'med stöd av motionens syfte bifall till förslaget']]);
  });
});
