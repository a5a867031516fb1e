// A notice whose first page a web archive flattened onto one line: the time, the place and the
// polite request for apologies (`Vänligen anmäl förhinder …`) run on. The request ends the
// place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a flattened notice page', () => {
  it('`Vänligen anmäl förhinder till …` after the place is no part of it', () => {
    const doc = meetingDoc(
      text(
        '1 KALLELSE Direktionen för Ängsbygdens kommunalförbund Härmed kallas till sammanträde Tid: Onsdag 9 april 2025 kl 13.00 Plats: Förbundshuset Kvarngatan 7, Ängsby Rum Lärkan Vänligen anmäl förhinder till kansliet. Välkomna! Ola Brink',
        '',
        '2 Förslag till dagordning: 1. Val av justerare 2. Budget 2026 3. Övriga frågor',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.meeting?.location).toBe('Förbundshuset Kvarngatan 7, Ängsby Rum Lärkan');
    expect(doc.meeting?.date).toBe('2025-04-09');
  });

  it('`Förhinder meddelas …` on a line of its own after a point is no part of the point', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen för Samordningsförbundet Ängsbygden',
        'Tid: Onsdag 9 april 2025 kl 13.00',
        'Plats: Förbundshuset, Ängsby',
        '',
        'Föredragningslista',
        '1. Val av justerare',
        '2. Budget 2026',
        '',
        'Förhinder meddelas sekreteraren senast dagen före.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Val av justerare', ''],
      [2, 'Budget 2026', ''],
    ]);
  });

  it('the dateline over the signers (`Åsby den 8 april 2024`) is no part of the last point', () => {
    const doc = meetingDoc(
      text(
        'KUNGÖRELSE',
        '',
        'Kommunfullmäktige i Åsby kommun sammanträder måndagen den 22 april 2024 kl. 18.30 i Medborgarhuset.',
        '',
        'Ärenden',
        '1. Upprop',
        '2. Årsredovisning 2023',
        '3. Interpellationer och frågor',
        '',
        'Åsby den 8 april 2024',
        '',
        'Gunnel Wik',
        'Ordförande',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [1, 'Upprop', ''],
      [2, 'Årsredovisning 2023', ''],
      [3, 'Interpellationer och frågor', ''],
    ]);
  });

  it('a point whose text opens with a place and a day and goes on stays that point\'s text', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE',
        'Styrelsen för Samordningsförbundet Ängsbygden',
        'Tid: Onsdag 9 april 2025 kl 13.00',
        '',
        'Föredragningslista',
        '1. Val av justerare',
        '2. Budget 2026',
        'Ängsby den 2 april 2025 beslutade presidiet att föreslå en ny budget.',
      ),
    );
    expect(doc.items[1]!.text).toBe('Ängsby den 2 april 2025 beslutade presidiet att föreslå en ny budget.');
  });
});
