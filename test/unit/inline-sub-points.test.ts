// Lettered sub-points that a flattened agenda ran on into their point's title (`4. Rapport från
// insatserna a) Steget vidare b) Unga i arbete`) are the point's sub-items, as they are when each
// stands on a line of its own. Letters after a word that links on (`motion om a) …`) and a lone
// `a)` stay in the title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const subs = (doc: ReturnType<typeof meetingDoc>, n: number): [string | null, string][] => item(doc, n).subItems.map((s) => [s.label, s.title]);

describe('lettered sub-points run on into a title', () => {
  it('are read off a page flattened to one line', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE Styrelsen Samordningsförbundet Östby Tid: 2025-03-12 kl. 09.00 Plats: Kansliet Föredragningslista 1. Mötets öppnande 2. Val av justerare 3. Budget 2026 4. Rapport från insatserna a) Steget vidare b) Unga i arbete c) Ny start 5. Övriga frågor 6. Mötets avslutande',
      ),
    );
    expect(item(doc, 4).title).toBe('Rapport från insatserna');
    expect(subs(doc, 4)).toEqual([['a', 'Steget vidare'], ['b', 'Unga i arbete'], ['c', 'Ny start']]);
    expect(item(doc, 5).title).toBe('Övriga frågor');
  });

  it('are read off an agenda line, and a letter out of order stays with the sub-point before it', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Styrelsen, Samordningsförbundet Östby', 'Tid: 2025-03-12 kl. 09.00', 'Plats: Kansliet', '',
        '1. Mötets öppnande', '2. Rapporter a) Förbundschefen b) Projekt Nova d) Ekonomi', '3. Mötets avslutande',
      ),
    );
    expect(item(doc, 2).title).toBe('Rapporter');
    expect(subs(doc, 2)).toEqual([['a', 'Förbundschefen'], ['b', 'Projekt Nova d) Ekonomi']]);
  });

  it('stay in the title after a linking word or alone', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Styrelsen, Samordningsförbundet Östby', 'Tid: 2025-03-12 kl. 09.00', 'Plats: Kansliet', '',
        '1. Svar på motion om a) Fler cykelbanor b) Bättre belysning', '2. Insats a) Steget vidare', '3. Mötets avslutande',
      ),
    );
    expect(item(doc, 1)).toMatchObject({ title: 'Svar på motion om a) Fler cykelbanor b) Bättre belysning', subItems: [] });
    expect(item(doc, 2)).toMatchObject({ title: 'Insats a) Steget vidare', subItems: [] });
  });
});
