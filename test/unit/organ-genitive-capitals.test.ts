// `KF:s ordförande` among the others present: the organ's genitive in capitals before the
// position, written out as the lower-case ones are (`fm:s`, `ks:s`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe("an organ's genitive in capitals", () => {
  it('is part of the position', () => {
    const doc = meetingDoc(
      text('Kommunstyrelsen', 'PROTOKOLL', 'Datum: 2023-03-14', '', 'Övriga närvarande', 'Bo Lund, KF:s ordförande', 'Eva Ek, KS:s 1:e vice ordförande', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.'),
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Bo Lund', 'kommunfullmäktiges ordförande', null],
      ['Eva Ek', 'kommunstyrelsens 1:e vice ordförande', null],
    ]);
  });
});
