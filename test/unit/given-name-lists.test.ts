// Notes that name people by their given names: one a line under a heading of its own
// (`Närvarande` / `Anna` / `Per` / `Johan (FK)`), or among people named in full (`Maria Ek,
// Johan, Per Lind`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.organisation]);

describe('people named by their given names', () => {
  it('reads given names one a line under a heading alone', () => {
    const doc = meetingDoc(
      text(
        'MINNESANTECKNINGAR', 'Beredningsgruppen för Samordningsförbundet Ekdal', 'Datum 2025-03-04', '',
        'Närvarande', 'Anna', 'Per', 'Lisa', 'Johan (FK)', '',
        '1. Mötets öppnande', 'Anna hälsade alla välkomna.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Anna', 'other', null],
      ['Per', 'other', null],
      ['Lisa', 'other', null],
      ['Johan', 'other', 'FK'],
    ]);
  });

  it('keeps a given name alone between people named in full as a person of its own', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Styrelsen för Samordningsförbundet Ekdal', 'Datum 2025-03-04', '',
        'Närvarande: Maria Ek, Försäkringskassan, Johan, Per Lind', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Maria Ek', 'other', 'Försäkringskassan'],
      ['Johan', 'other', null],
      ['Per Lind', 'other', null],
    ]);
  });
});
