// A list of the §§ printed as headings before the §§ themselves, a group heading between two
// of its points and its last numbers bare (`§ 87 …` / `Beslutsärenden` / `§ 88` / `§ 89`): the
// whole list is the contents, none of it an item. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a list of §§ with a group heading inside it', () => {
  it('is set aside as contents', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Samordningsförbundet Ängeby',
        'Sammanträdesdatum 2025-10-10',
        '',
        '§ 21 Mötets öppnande',
        '§ 22 Val av justerare',
        '§ 23 Godkännande av dagordningen',
        'Beslutsärenden',
        '§ 24',
        '§ 25',
        'Budget för 2026 Ansökan om medel till insatsen Steget',
        '',
        '§ 21 Mötets öppnande',
        'Ordföranden öppnade mötet.',
        '',
        '§ 22 Val av justerare',
        'Styrelsen utsåg Lena Kvist att justera protokollet.',
        '',
        '§ 23 Godkännande av dagordningen',
        'Styrelsen godkände dagordningen.',
        '',
        '§ 24 Budget för 2026',
        'Beslut',
        'Styrelsen beslutar att fastställa budgeten.',
        '',
        '§ 25 Ansökan om medel till insatsen Steget',
        'Beslut',
        'Styrelsen beslutar att bevilja medel.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Mötets öppnande'],
      [22, 'Val av justerare'],
      [23, 'Godkännande av dagordningen'],
      [24, 'Budget för 2026'],
      [25, 'Ansökan om medel till insatsen Steget'],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('paragraph-order');
  });
});
