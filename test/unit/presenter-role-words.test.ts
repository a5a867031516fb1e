// Agendas whose presenter's label gives a role in words, its first word capitalised and no
// name (`Föredragande: Respektive part`, `Föredragande: Ordförande och förbundschef`), as
// samordningsförbund kallelser write them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

describe('a role in words under the presenter label', () => {
  const doc = meetingDoc(
    [
      'KALLELSE',
      'Samordningsförbundet Östra Vikdal',
      'Styrelsen 2024-09-12 kl. 09.00',
      'Plats: Kansliet, Vikby',
      '',
      'Föredragningslista',
      '',
      '1. Information från parterna',
      'Informationsärende',
      'Föredragande: Respektive part',
      '',
      '2. Verksamhetsplan 2025',
      'Föredragande: Ordförande och förbundschef',
      'Beslutsärende',
      '',
      '3. Ekonomi',
      'Föredragande: Förbundschef',
      '',
      '4. Budget',
      'Föredragande: Greta Holm, förbundschef',
    ].join('\n'),
  );

  it('is the presenter in all its words', () => {
    expect(item(doc, 1).presenter).toBe('Respektive part');
    expect(item(doc, 2).presenter).toBe('Ordförande och förbundschef');
  });

  it('leaves a role alone and a name as they were', () => {
    expect(item(doc, 3).presenter).toBe('Förbundschef');
    expect(item(doc, 4).presenter).toBe('Greta Holm');
  });
});
