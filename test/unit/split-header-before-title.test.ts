// The meeting's header written over the kind's title (`Samordningsförbundet Norra Ekby` /
// `Styrelsemöte 2025-03-05` / `Tid: kl 13–16` / `Plats: …` / `Protokoll nr 2`): those lines are
// the minutes' own header, not a document of their own before them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const MINUTES = text(
  'Samordningsförbundet Norra Ekby', 'Styrelsemöte 2025-03-05', 'Tid: kl 13–16', 'Plats: Förbundets kontor, Storgatan 4, Ekby', 'Protokoll nr 2', '',
  'Deltagare', 'Anna Lind, ordförande, Ekby kommun', 'Per Holm, Region Norr', '',
  '1. Mötets öppnande', 'Mötet öppnades.', '',
);

describe('a meeting header above the title', () => {
  it('is the header of the minutes under the title', () => {
    const r = parseText(MINUTES);
    expect(r.documents).toHaveLength(1);
    const [d] = r.documents;
    expect(d!.kind).toBe('minutes');
    expect(d!.lines.start).toBe(1);
    expect(d!.meeting).toMatchObject({ organisation: 'Samordningsförbundet Norra Ekby', date: '2025-03-05', startTime: '13:00', endTime: '16:00', location: 'Förbundets kontor, Storgatan 4, Ekby', number: '2' });
    expect(d!.items.map((i) => i.title)).toEqual(['Mötets öppnande']);
  });

  it('but a text of sentences before the title stays a document of its own', () => {
    const letter = text(
      'Till styrelsens ledamöter', '', 'Härmed översänds protokollet från mötet den 5 mars.', 'Synpunkter lämnas till kansliet senast fredag.', 'Med vänlig hälsning', 'Kansliet', '',
    );
    const r = parseText(letter + MINUTES);
    expect(r.documents.map((d) => d.kind)).toEqual(['other', 'minutes']);
  });
});
