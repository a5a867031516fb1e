// A county's association of municipalities as the meeting's organisation (`Kommunförbundet Ekland`,
// `Ekland kommunförbund`), on the letterhead of its board's notice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { text } from './helpers.js';

const notice = (letterhead: string): string =>
  text(letterhead, 'KALLELSE', 'Styrelsen 2024-09-12 kl. 10.00', 'Plats: Förbundets lokaler, Storgatan 23, Ekstad', '', '1. Val av justerare', '', '2. Delårsredovisning', '', '3. Övriga frågor');

describe('a kommunförbund on the letterhead', () => {
  it.each(['Kommunförbundet Ekland', 'Ekland kommunförbund'])('%s is the organisation', (letterhead) => {
    const doc = parse(notice(letterhead)).documents[0]!;
    expect(doc.meeting).toMatchObject({ organisation: letterhead, body: 'styrelse', date: '2024-09-12' });
    expect(doc.items).toHaveLength(3);
  });
});
