// The minutes of an annual meeting tell its own decisions in the past passive (`Styrelsen beviljades
// ansvarsfrihet.`, `Motionen avslogs.`), where a board's minutes tell so what others decided: a
// decision of the meeting where the organ that meets is an assembly. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../src/parse/decisions/decisions.js';
import { item, meetingDoc, parasOf, text } from './helpers.js';

const decided = (body: string, own: string | null) => findDecisions(parasOf(body), own).map((d) => [d.text, d.by]);

describe('the past passive of an annual meeting', () => {
  it('decides in the minutes of an årsmöte', () => {
    expect(decided('Styrelsen beviljades ansvarsfrihet för verksamhetsåret 2023.', 'årsmöte')).toEqual([['Styrelsen beviljades ansvarsfrihet för verksamhetsåret 2023.', null]]);
    expect(decided('Motionen om nya stadgar avslogs.', 'föreningsstämma')).toEqual([['Motionen om nya stadgar avslogs.', null]]);
  });

  it('reports others in a board\'s minutes', () => {
    expect(decided('Styrelsen beviljades ansvarsfrihet av samtliga medlemmar.', 'styrelse')).toEqual([]);
    expect(decided('Styrelsen beviljades ansvarsfrihet av samtliga medlemmar.', null)).toEqual([]);
  });

  it('an annual meeting\'s minutes read whole', () => {
    const doc = meetingDoc(text('Protokoll från årsmötet 2024', '', '§8 Revisorernas berättelse', 'Berättelsen föredrogs och godkändes', '§9 Fråga om ansvarsfrihet för styrelsen', 'Styrelsen beviljades ansvarsfrihet', '§10 Avslutning', 'Mötet avslutades.'));
    expect(item(doc, 9).decisions.map((d) => d.text)).toEqual(['Styrelsen beviljades ansvarsfrihet']);
  });
});
