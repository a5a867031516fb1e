// An agenda table (`Ärende   Dnr   Föredragande`) whose row goes on under its title: a
// `Förslag till beslut: …` line under the title makes the row wrap, and its presenter's cell
// is still the point's presenter, not text; lettered sub-points under a title (`a) Steget
// vidare`) are sub-items, not the rest of the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'KALLELSE',
    'Styrelsen för Samordningsförbundet Norrdal kallas till sammanträde',
    '',
    'Tid: Torsdag 12 februari 2026 kl. 09.00–12.00',
    'Plats: Förbundets kansli, Storgatan 4, Norrby',
    '',
    'Ärende                                              Dnr            Föredragande',
    '1   Mötets öppnande                                                Okke Lind',
    '2   Föregående protokoll                            2025/41        Anna Ek',
    '3   Verksamhetsplan och budget 2026                 2025/38        Anna Ek',
    '    Förslag till beslut: Styrelsen fastställer verksamhetsplan och budget för 2026.',
    '4   Rapporter från insatserna                                      Lisa Dahl',
    '    a) Steget vidare',
    '    b) Unga i arbete',
    '5   Mötets avslutande',
  ),
);

describe('an agenda row that wraps', () => {
  it('keeps the presenter’s cell as the presenter beside a proposal under the title', () => {
    const p = item(doc, 3);
    expect([p.title, p.caseNumber, p.presenter]).toEqual(['Verksamhetsplan och budget 2026', '2025/38', 'Anna Ek']);
    expect(p.proposal).toBe('Styrelsen fastställer verksamhetsplan och budget för 2026.');
    expect(p.text).not.toContain('Anna Ek');
  });

  it('reads lettered lines under a title as sub-items, and the row’s presenter', () => {
    const p = item(doc, 4);
    expect([p.title, p.presenter]).toEqual(['Rapporter från insatserna', 'Lisa Dahl']);
    expect(p.subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Steget vidare'],
      ['b', 'Unga i arbete'],
    ]);
  });

  it('reads the rows of one line as before (guard)', () => {
    expect([item(doc, 2).title, item(doc, 2).caseNumber, item(doc, 2).presenter]).toEqual(['Föregående protokoll', '2025/41', 'Anna Ek']);
  });
});
