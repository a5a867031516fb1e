// `1:e v ordförande`, `2:e v. ordförande`: the `vice` of a position cut short to its letter is written out, as
// `v ordf` and `v. ordf.` are (SCHEMA: abbreviated positions are written in full). Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a vice cut short before a position written in full', () => {
  it('is written out', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kommunstyrelsen', 'Datum: 2024-03-05', '', 'Beslutande', 'Anna Berg (S), ordförande', 'Per Holm (M), 1:e v ordförande', 'Eva Lund (C), 2:e v. ordförande', 'Ola Ek (S), v ordf', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
    );
    expect(doc.participants.map((p) => p.position)).toEqual(['ordförande', '1:e vice ordförande', '2:e vice ordförande', 'vice ordförande']);
  });
});
