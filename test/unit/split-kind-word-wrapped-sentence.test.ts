// A § body whose sentence wraps right after a kind's word (`Föredragningslista` / `godkändes
// med ett tillägg.`): the line runs on in lower case, a sentence of the body, and opens no
// notice in the middle of the minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const minutes = (wrapped: string): string =>
  text(
    'Samordningsförbundet Ekdalen',
    'PROTOKOLL',
    'Styrelsen 2024-03-14',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnade mötet.',
    '',
    '§ 2 Godkännande av dagordning',
    wrapped,
    'godkändes med ett tillägg.',
    '',
    '§ 3 Övriga frågor',
    'Inga övriga frågor.',
  );

describe("a body's sentence wrapped after a kind's word", () => {
  it.each(['Föredragningslista', 'Förslag till dagordning'])('%s / godkändes …: one document, the sentence in its §', (wrapped) => {
    const { documents } = parse(minutes(wrapped));
    expect(documents.map((d) => [d.kind, d.title])).toEqual([['minutes', 'PROTOKOLL']]);
    expect(documents[0]!.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(documents[0]!.items[1]!.text).toBe(`${wrapped} godkändes med ett tillägg.`);
  });

  it('a title that goes on in lower case with its link (`Protokoll` / `fört vid …`) still opens minutes after a notice', () => {
    const { documents } = parse(
      text(
        'Samordningsförbundet Ekdalen', 'KALLELSE', 'Styrelsen 2024-03-14 kl. 09.00', 'Plats: Kommunhuset', '',
        '1. Mötets öppnande', '2. Val av justerare', '3. Övriga frågor', '',
        'Samordningsförbundet Ekdalen', 'Protokoll', 'fört vid sammanträde med styrelsen 2024-03-14', '', 'Närvarande: Anna Berg, Olle Ek', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Val av justerare', 'Olle Ek utsågs att justera.', '', '§ 3 Övriga frågor', 'Inga.',
      ),
    );
    expect(documents.map((d) => [d.kind, d.items.length])).toEqual([
      ['notice', 3],
      ['minutes', 3],
    ]);
  });
});
