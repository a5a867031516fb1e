// An annual meeting's question put and answered (`Fråga om ansvarsfrihet besvaras med ja.`, `Frågan om
// stämmans behöriga utlysande besvarades jakande.`): the meeting's decision, as the passive of any other verb.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('PROTOKOLL', 'Föreningsstämma', 'Datum: 2024-03-12', '', '§ 9 Ansvarsfrihet', ...body, '', '§ 10 Avslutning', 'Stämman avslutades.'));
const read = (...body: string[]) => {
  const it = item(doc(...body), 9);
  return [it.decisions.map((d) => d.text), it.outcome];
};

describe('a question answered', () => {
  it('`besvaras med ja`', () => {
    expect(read('Revisorn läser revisionsberättelsen.', 'Fråga om ansvarsfrihet för styrelsen besvaras med ja.')).toEqual([['Fråga om ansvarsfrihet för styrelsen besvaras med ja.'], 'approved']);
  });

  it('`besvarades jakande`', () => {
    expect(read('Frågan om stämmans behöriga utlysande besvarades jakande.')).toEqual([['Frågan om stämmans behöriga utlysande besvarades jakande.'], 'approved']);
  });

  it('`besvaras med nej`', () => {
    expect(read('Fråga om ansvarsfrihet besvaras med nej.')).toEqual([['Fråga om ansvarsfrihet besvaras med nej.'], 'rejected']);
  });

  it('a question to be answered later decides nothing (guard)', () => {
    expect(read('Frågan ska besvaras av kansliet till nästa möte.')).toEqual([[], null]);
  });
});
