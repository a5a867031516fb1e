// An association's meeting as the subject that decides: `Stämman valde Per Holm till revisor`,
// `Årsmötet beviljade styrelsen ansvarsfrihet`, as annual-meeting minutes write it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(text('Protokoll årsmöte Föreningen Ekbacken', 'Datum: 2024-03-20', '', '§ 3 Val av revisorer', ...body, '', '§ 4 Avslutning', 'Mötet avslutades.')), 3).decisions.map((d) => [d.by, d.text]);

describe('the assembly decides', () => {
  it('Stämman valde … till revisor', () => {
    expect(decisions('Stämman valde Per Holm till revisor.')).toEqual([['Stämman', 'Stämman valde Per Holm till revisor.']]);
  });

  it('Årsmötet beviljade styrelsen ansvarsfrihet', () => {
    expect(decisions('Årsmötet beviljade styrelsen ansvarsfrihet för verksamhetsåret.')).toEqual([['Årsmötet', 'Årsmötet beviljade styrelsen ansvarsfrihet för verksamhetsåret.']]);
  });
});
