// An annual meeting's minutes titled by a compound (`ÅRSMÖTESPROTOKOLL`, `Föreningsstämmoprotokoll`): the
// assembly is the body that meets, and its past passive decides (`Styrelsen beviljades ansvarsfrihet …`), as
// under `Protokoll från årsmötet`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (title: string) =>
  meetingDoc(text(`${title} Datum: 2024-04-20`, '', '1. Mötet öppnades.', '2. Styrelsen beviljades ansvarsfrihet för verksamhetsåret 2023.', '3. Mötet avslutades.'));

describe('an assembly named by its compound title', () => {
  it('`ÅRSMÖTESPROTOKOLL`', () => {
    const d = doc('ÅRSMÖTESPROTOKOLL');
    expect([d.meeting!.body, d.items[1]!.decisions.length]).toEqual(['årsmöte', 1]);
  });

  it('`Föreningsstämmoprotokoll`', () => {
    const d = doc('Föreningsstämmoprotokoll');
    expect([d.meeting!.body, d.items[1]!.decisions.length]).toEqual(['föreningsstämma', 1]);
  });
});
