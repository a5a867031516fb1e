// A förbund's committee named after its board (`Styrelsens arbetsutskott`, `Förbundsstyrelsens AU`,
// `STYRELSENS ARBETSUTSKOTT`): the committee is the body that meets, as with a municipal board's
// (`Kommunstyrelsens arbetsutskott`); the board in the genitive before a word of the running text is
// still the board (`Styrelsens sammanträde`). Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/parse/meeting/organisation.js';
import { meetingDoc, text } from './helpers.js';

describe('a committee of a förbund’s board', () => {
  it.each([
    ['Styrelsens arbetsutskott', 'arbetsutskott'],
    ['STYRELSENS ARBETSUTSKOTT', 'arbetsutskott'],
    ['Förbundsstyrelsens arbetsutskott', 'arbetsutskott'],
    ['Protokoll från styrelsens AU', 'arbetsutskott'],
    ['Kallelse till styrelsens presidium', 'presidium'],
    ['Styrelsens sammanträde', 'styrelse'],
    ['Förbundsstyrelsens och presidiets sammanträden', 'förbundsstyrelse'],
  ])('%s', (line, body) => {
    expect(findBody(line)?.body).toBe(body);
  });

  it('gives the meeting its body', () => {
    const doc = meetingDoc(
      text('Samordningsförbundet Ekbygd', 'PROTOKOLL', 'Styrelsens arbetsutskott', 'Datum: 2022-05-04', '', '§ 1 Val av justerare', 'Per Ås väljs att justera.'),
    );
    expect(doc.meeting).toMatchObject({ organisation: 'Samordningsförbundet Ekbygd', body: 'arbetsutskott', date: '2022-05-04' });
  });
});
