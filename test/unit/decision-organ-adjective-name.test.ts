// An organ named with its adjective as the subject of deciding (`Tekniska nämnden beslutar att …`,
// `Gemensamma servicenämnden beslutar …`): `by` is the whole name, never the adjective alone; in the
// minutes of another organ such a sentence reports that organ's decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const decisionsIn = (header: string[], ...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: text(...header, ''), items: text('§ 41 Gatubelysning', '', ...body) })), 41).decisions.map((d) => [d.by, d.text]);

describe('an organ with its adjective decides by its whole name', () => {
  it('where the header names no organ', () => {
    expect(decisionsIn(['PROTOKOLL', 'Sammanträdesdatum 2022-05-11'], 'Tekniska nämnden beslutar att godkänna planen för gatubelysning.')).toEqual([
      ['Tekniska nämnden', 'Tekniska nämnden beslutar att godkänna planen för gatubelysning.'],
    ]);
  });

  it('in the minutes of another organ, its past decision is a report', () => {
    expect(decisionsIn(['PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2022-05-11'], 'Tekniska nämnden beslutade att anta planen för gatubelysning.')).toEqual([]);
  });
});
