// Agendas that name who presents a point in brackets after its title (`Verksamhetsberättelse
// 2024 (Karin Lund) – beslut`, `(Per Holm, projektledare)`, `(förbundschef Eva Sand)`): the
// presenter, and a title without the bracket. A motion's author or an organisation in brackets
// stays in the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a presenter in brackets after the title', () => {
  it('a name, a name and position, a position and name, a position alone', () => {
    const doc = meetingDoc(
      text(
        'DAGORDNING',
        'Styrelsemöte Samordningsförbundet Kustlandet',
        'Onsdag 5 mars 2025 kl. 09.00–12.00, Teams',
        '',
        '1. Mötets öppnande',
        '2. Verksamhetsberättelse 2024 (Karin Lund) – beslut',
        '3. Insatsen Vägen vidare (Per Holm, projektledare) – information',
        '4. Budget 2026 (förbundschef Eva Sand)',
        '5. Ekonomisk rapport (ekonom)',
        '6. Samverkan med vården (Region Kustlandet)',
        '7. Motion om fler platser (Lars Berg, V)',
        '8. Övriga frågor',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter, i.type])).toEqual([
      [1, 'Mötets öppnande', null, null],
      [2, 'Verksamhetsberättelse 2024', 'Karin Lund', 'decision'],
      [3, 'Insatsen Vägen vidare', 'Per Holm', 'information'],
      [4, 'Budget 2026', 'Eva Sand', null],
      [5, 'Ekonomisk rapport', 'ekonom', null],
      [6, 'Samverkan med vården (Region Kustlandet)', null, null],
      [7, 'Motion om fler platser (Lars Berg, V)', null, null],
      [8, 'Övriga frågor', null, null],
    ]);
  });
});
