// The word for notes inside a sentence of the opening (`… men Lena för anteckningar vid varje träff.`) names no kind, as
// the word for minutes inside one names none: the record is read for what it is. A title's word (`Anteckningar från …`
// on a line of its own, after a line that ends in a small letter) still names notes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

describe('the word for notes inside a sentence', () => {
  it('leaves a board record with §§ and an elected adjuster to be read as minutes', () => {
    const record = text(
      'Styrelsemöte 2011-04-11',
      '',
      'Styrelsemöte med föreningen Sjöbygden den 11 april 2011.',
      '',
      '§ 1.',
      'Att justera protokollet valdes Gun Åberg.',
      '',
      '§ 2. Kassan',
      'Kassören Olle Sand redovisade kassan.',
      'Styrelsen har sällan skrivit protokoll, men Olle för anteckningar vid varje träff.',
      '',
      'Justeras:',
      '',
      'Gun Åberg',
    );
    expect(parseText(record).documents.map((d) => d.kind)).toEqual(['minutes']);
  });

  it('reads a title of notes on its own line after a line ending in a small letter as notes', () => {
    const record = text(
      'Nätverket för bibliotek i norr',
      'Anteckningar från nätverksträff 2022-05-03',
      '',
      'Närvarande: Kim Ek, Bo Ahl',
      '',
      '1. Läget i kommunerna',
      'Alla berättade om läget.',
      '2. Nästa träff',
      'Nästa träff hålls i september.',
    );
    expect(parseText(record).documents[0]!.kind).toBe('notes');
  });
});
