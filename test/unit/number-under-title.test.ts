// The protocol's number printed on the line under the title (`PROTOKOLL` / `Nr 3/2025`), as a
// column of the title's row comes out of an extractor: it is the meeting's number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the number under the title', () => {
  it('reads `Nr 3/2025` on the next line', () => {
    const doc = meetingDoc(text('Styrelsen', 'PROTOKOLL', 'Nr 3/2025', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));
    expect(doc.meeting?.number).toBe('3/2025');
  });

  it('reads no number from a line that says more', () => {
    const doc = meetingDoc(text('Styrelsen', 'PROTOKOLL', 'Nr 3 i ordningen av årets möten', 'Datum: 2025-03-12', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'));
    expect(doc.meeting?.number).toBeNull();
  });
});
