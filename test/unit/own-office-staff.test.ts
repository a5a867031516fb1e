// The förbund's own staff in a table of who was there, the office as their organisation
// (`Maria Berg   Samordningsförbundet   Förbundschef`): staff, not members. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe("the förbund's own staff in a table", () => {
  it('are others', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet Norrby', 'PROTOKOLL', 'Styrelsemöte 2023-03-14', '', 'Närvarande',
        'Namn              Organisation           Funktion',
        'Anna Ek           Region Norrby          Ordförande',
        'Lena Holm         Försäkringskassan      Ledamot',
        'Maria Berg        Samordningsförbundet   Förbundschef', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['Anna Ek', 'member', 'Region Norrby'],
      ['Lena Holm', 'member', 'Försäkringskassan'],
      ['Maria Berg', 'other', 'Samordningsförbundet'],
    ]);
  });
});
