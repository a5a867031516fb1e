// Notices titled as the draft agenda the meeting adopts (`Förslag till dagordning`,
// `Preliminär dagordning`, `FÖRSLAG TILL FÖREDRAGNINGSLISTA`): the heading is the notice's
// title, not lost to a guess of the kind. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const notice = (title: string): string =>
  text('Samordningsförbundet Ekdalen', title, 'Styrelsen', 'Datum: 2024-03-14', 'Plats: Kommunhuset', '', '1. Mötets öppnande', '', '2. Ekonomi', '', '3. Övriga frågor');

describe('a draft agenda as the title', () => {
  it.each(['Förslag till dagordning', 'Preliminär dagordning', 'FÖRSLAG TILL FÖREDRAGNINGSLISTA'])('%s titles a notice', (title) => {
    const { documents } = parse(notice(title));
    expect(documents.map((d) => [d.kind, d.title, d.items.length])).toEqual([['notice', title, 3]]);
  });

  it('under a notice titled `KALLELSE` heads its points, no second document', () => {
    const { documents } = parse(
      text('Samordningsförbundet Ekdalen', 'KALLELSE', 'Styrelsen', '', 'Tid: 2024-03-14 kl. 09.00–12.00', 'Plats: Kommunhuset, Ekby', '', 'Förslag till dagordning', '', '1. Mötets öppnande', '2. Val av justerare', '3. Övriga frågor'),
    );
    expect(documents.map((d) => [d.kind, d.title, d.items.length])).toEqual([['notice', 'KALLELSE', 3]]);
  });
});
