// Notes of a group whose members come from the municipalities, the region and the agencies
// (`Deltagare: Anna Ek (FK), …, Sara Holm (Östby kommun)`), signed `Vid pennan: Lisa Dahl`: who kept
// the notes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the secretary of notes', () => {
  const doc = meetingDoc(
    text(
      'Minnesanteckningar', 'Styrgrupp Samverkan Västra Dalen', '2024-04-03 kl 13:00-15:00, Teams', '',
      'Deltagare: Anna Ek (FK), Bo Berg (AF), Karin Lund (Region), Sara Holm (Östby kommun)',
      'Ej närvarande: Per Nyström (Västby kommun)', '',
      'Punkt 1. Inledning', 'Anna hälsade välkomna.', '',
      'Punkt 2. Lägesrapport', 'Gruppen beslutade att gå vidare med förstudien.', '',
      'Vid pennan: Lisa Dahl',
    ),
  );

  it('reads `Vid pennan` as who kept the notes', () => {
    expect(doc.signatures?.secretary).toEqual(['Lisa Dahl']);
  });
});
