// A place label whose value is followed, with no label between, by a line that says something else:
// a sentence (`Länk skickas i separat mejl.`, `Protokollet är digitalt justerat.`), a greeting
// (`Välkomna!`) or the agenda's heading (`Föredragningslista`). The place ends before it; a place
// wrapped over two lines (`Förbundets kansli,` / `Storgatan 4, Östby`) stays whole. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notice = (...place: string[]) =>
  meetingDoc(text('KALLELSE', 'Förbundsstyrelsen', 'Tid: onsdag 12 mars 2025 kl. 9.00–12.00', ...place, '1. Mötets öppnande', '2. Val av justerare')).meeting;

describe('the end of a place value', () => {
  it('stops before a sentence under it', () => {
    expect(notice('Plats: Teams', 'Länk skickas i separat mejl.')?.location).toBe('Teams');
  });

  it('stops before a greeting', () => {
    expect(notice('Plats: Kommunhuset, Östby', 'Välkomna!')?.location).toBe('Kommunhuset, Östby');
  });

  it('stops before the agenda heading', () => {
    expect(notice('Plats: Kommunhuset, Östby', 'Föredragningslista')?.location).toBe('Kommunhuset, Östby');
  });

  it('stops before a heading of the agenda that is no kind title', () => {
    expect(notice('Plats: Kommunhuset', 'Ärende')?.location).toBe('Kommunhuset');
  });

  it('keeps a place wrapped over two lines', () => {
    expect(notice('Plats: Förbundets kansli,', 'Storgatan 4, Östby')?.location).toBe('Förbundets kansli, Storgatan 4, Östby');
  });

  it('does not read a sentence saying the minutes were adjusted digitally as a remote meeting', () => {
    const m = meetingDoc(
      text('Samordningsförbundet Östby', 'Protokoll', 'Styrelsens sammanträde', 'Datum: tisdag 14 januari 2025', 'Tid: 13.00–16.00',
        'Plats: Stadshuset, Östby', 'Protokollet är digitalt justerat.', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'),
    ).meeting;
    expect(m?.location).toBe('Stadshuset, Östby');
    expect(m?.remote).toBeNull();
  });
});
