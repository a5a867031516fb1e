// A documents' list whose entries each end on their attachment after a comma (`Ansökan, bilaga 4, Budget, bilaga 5`):
// every entry's attachment, not only the last. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Västby', 'Datum: 2024-03-12', 'Plats: Kommunhuset, Västby', ''];

describe('a comma list of documents and their attachments', () => {
  it('reads each entry’s attachment', () => {
    const doc = meetingDoc(
      [...HEAD, '§ 1 Ansökan om medel', 'Handlingar: Ansökan, bilaga 4, Budget, bilaga 5', 'Styrelsen beslutar att bevilja ansökan.'].join('\n'),
    );
    expect(doc.items[0]!.attachments).toEqual(['4', '5']);
  });

  it('reads each entry when the next entry follows without a comma', () => {
    const doc = meetingDoc(
      [...HEAD, '§ 1 Ny förbundsordning', 'Beslutsunderlag Kansliets skrivelse, Förslag till förbundsordning, bilaga 1 Avsiktsförklaring, bilaga 2', 'Styrelsen beslutar att godkänna förslaget.'].join('\n'),
    );
    expect(doc.items[0]!.attachments).toEqual(['1', '2']);
  });
});
