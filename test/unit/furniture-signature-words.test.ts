// Page furniture printed at the foot of every page of minutes (`Ordförandes signatur`,
// `Justerandes sign`, `Utdragsbestyrkande`, alone or in columns of one row) and a sharing
// site's page picker (`Välj en sida`): no part of any §'s text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('furniture lines of signatures and a site`s page picker', () => {
  it('in columns of a row, one a line, and the picker', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2024-03-12', '',
        '§ 15', 'Val av justerare', 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.', '',
        'Ordförandes signatur          Justerandes sign          Utdragsbestyrkande', '',
        '§ 16', 'Budget 2025', 'Kommunstyrelsen beslutar att godkänna budgeten.', 'Ordförandes signatur', 'Justerandes sign', 'Utdragsbestyrkande', '',
        '§ 17', 'Taxor', 'Välj en sida', 'Kommunstyrelsen beslutar att godkänna taxorna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [15, 'Val av justerare', 'Kommunstyrelsen beslutar att utse Per Nyström att justera protokollet.'],
      [16, 'Budget 2025', 'Kommunstyrelsen beslutar att godkänna budgeten.'],
      [17, 'Taxor', 'Kommunstyrelsen beslutar att godkänna taxorna.'],
    ]);
  });
});
