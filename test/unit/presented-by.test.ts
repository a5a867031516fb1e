// A point said with who gives it (`Information av Maria Lind`): on a line of its own in a §'s
// body, or wrapped from an agenda's line into the point's title (`3. Ekonomisk rapport` /
// `Information av Maria Lind`). The person is the presenter; an organisation (`Information av
// Försäkringskassan`) is none, nor is a sentence that reports who informed (`Information lämnas
// av …`, as real minutes' gold reads it). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...body: string[]): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'Samordningsförbundet Norrvik', 'PROTOKOLL', 'Styrelsemöte 2025-03-12', '', 'Närvarande', 'Anna Berg, ordförande', 'Per Ström, ledamot', '',
      '§ 6 Mötets öppnande', 'Ordföranden öppnade mötet.', '',
      '§ 7 Ekonomisk rapport', ...body, '',
      '§ 8 Mötets avslutande', 'Ordföranden avslutade mötet.', '', 'Vid protokollet', 'Lisa Holm', '', 'Justeras', 'Anna Berg',
    ),
  );

describe('who gives the point', () => {
  it('is the presenter on a line of its own in the body', () => {
    expect(item(minutes('Information av Maria Lind', 'Rapporten visar ett överskott.'), 7).presenter).toBe('Maria Lind');
    expect(item(minutes('Information av förbundschef Eva Holm', 'Rapporten visar ett överskott.'), 7).presenter).toBe('Eva Holm');
    // (the organisation after the name is no presenter's, nor is the manner before the noun part of it)
    expect(item(minutes('Information av Maria Lind, Region Norrvik', 'Rapporten visar ett överskott.'), 7).presenter).toBe('Maria Lind');
    expect(item(minutes('Muntlig information av Karl Ek och Eva Holm, Norrviks kommun.'), 7).presenter).toBe('Karl Ek och Eva Holm');
  });

  it('is no presenter when it is an organisation, or a sentence reports who informed', () => {
    expect(item(minutes('Information av Försäkringskassan', 'Rapporten visar ett överskott.'), 7).presenter).toBeNull();
    expect(item(minutes('Rapporten visar ett överskott.', 'Information lämnas av Eva Holm och Per Ås.'), 7).presenter).toBeNull();
  });

  it('is read off an agenda point`s wrapped title', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet Norrvik', 'KALLELSE', 'Styrelsemöte 2025-03-12 kl. 09.00-12.00', 'Plats: Kommunhuset, Norrvik', '', 'Föredragningslista',
        '1. Mötets öppnande', '2. Val av justerare', '3. Ekonomisk rapport', 'Information av Maria Lind', '4. Budget 2026 – presentation av förbundschef Eva Holm', '5. Övriga frågor',
      ),
    );
    expect(item(doc, 3)).toMatchObject({ title: 'Ekonomisk rapport', presenter: 'Maria Lind' });
    expect(item(doc, 4)).toMatchObject({ title: 'Budget 2026', presenter: 'Eva Holm' });
    expect(item(doc, 5)).toMatchObject({ title: 'Övriga frågor', presenter: null });
  });
});
