// A point that is one sentence opening on a person's name (`2. Karin Lund hälsade alla välkomna
// och förklarade mötet öppnat.`) is not cut after the given name into the title `Karin`: the
// sentence alone stays the point's title and decides, as other one-sentence points do. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a one-sentence point that opens on a name', () => {
  it('keeps the name in the sentence', () => {
    const doc = meetingDoc(
      text(
        'ÅRSMÖTESPROTOKOLL',
        'Datum: 2024-04-18',
        'Plats: Klubbhuset, Ekby',
        '',
        '1. Karin Lund hälsade de närvarande välkomna och förklarade årsmötet öppnat.',
        '2. Utskickad dagordning godkändes.',
        '3. Till justerare valdes Per Holm.',
      ),
    );
    expect(doc.items[0]!.title).not.toBe('Karin');
    expect(`${doc.items[0]!.title} ${doc.items[0]!.text}`).toContain('Karin Lund hälsade de närvarande välkomna');
  });
});
