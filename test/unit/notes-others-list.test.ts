// The last list of a beredningsgrupp's minutes, `Dessutom:`, as older notes write it: two people
// sharing a role with a slash between them (`Tove Ås/Helena Ny, sekretariatet`), a role in the
// definite plural before the names it introduces (`Utvärderarna Siv Brink och Leif Rask`), and the
// minutes' first sentence right after it (`Olle Sand öppnade mötet …`), which is nobody's entry,
// on its own line or run on in a flattened page. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] =>
  doc.participants.filter((p) => p.roleLabel === 'Dessutom').map((p) => [p.name, p.position, p.organisation, p.note]);

describe('a `Dessutom` list', () => {
  it('reads each person of the list, and nobody from the sentence after it', () => {
    const doc = meetingDoc(
      text(
        'Protokoll från beredningsgruppens möte den 5 mars 2024', '',
        'Närvarande: Olle Sand, ordf.',
        'Ledamöter: Britt Alm, Karin Holm, Hans Berg (t.o.m. p.8)',
        'Dessutom: Tove Ås/Helena Ny, sekretariatet',
        'Utvärderarna Siv Brink och Leif Rask (punkt 5)', '',
        'Olle Sand öppnade mötet och hälsade alla välkomna.', '',
        '1. Fastställande av dagordning', 'Dagordningen fastställdes.',
        '2. Val av justerare', 'Karin Holm valdes till justerare.',
      ),
    );
    expect(others(doc)).toEqual([
      ['Tove Ås', null, null, null],
      ['Helena Ny', null, 'sekretariatet', null],
      ['Siv Brink', 'utvärderarna', null, null],
      ['Leif Rask', null, null, null],
    ]);
  });

  it('ends the list where the first sentence starts in a page on one line', () => {
    const doc = meetingDoc(
      '1 Beredningsgruppen för Ekby landsbygd 3/24 1 Protokoll från beredningsgruppens möte den 5 mars 2024 Närvarande: Olle Sand, ordf. ' +
        'Ledamöter: Britt Alm Karin Holm Hans Berg (t.o.m. p.8) Dessutom: Tove Ås/Helena Ny, sekretariatet, Siv Brink och Leif Rask (punkt 5) ' +
        'Olle Sand öppnade mötet och hälsade alla välkomna. 1. Fastställande av dagordning Dagordningen fastställdes. 2. Val av justerare Karin Holm valdes till justerare.\n',
    );
    expect(others(doc).map((p) => p[0])).toEqual(['Tove Ås', 'Helena Ny', 'Siv Brink', 'Leif Rask']);
  });
});
