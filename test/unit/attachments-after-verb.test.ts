// An attachment named after a verb or preposition in the item's text (`bifogas som bilaga 3`, `framgår i bilaga 2`);
// not an appendix of another document (`i bilaga 2 till avtalet`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Västby', 'Datum: 2024-03-12', 'Plats: Kommunhuset, Västby', ''];
const item = (text: string): string[] => meetingDoc([...HEAD, '§ 1 Verksamhetsplan', text, 'Styrelsen beslutar att godkänna planen.'].join('\n')).items[0]!.attachments;

describe('an attachment after a verb or a preposition', () => {
  it('reads `bifogas som bilaga 3`', () => {
    expect(item('Förslaget till verksamhetsplan bifogas som bilaga 3. Kansliet har berett ärendet.')).toEqual(['3']);
  });
  it('reads `i bilaga 2`', () => {
    expect(item('Budgeten framgår i bilaga 2 och ekonomin är god.')).toEqual(['2']);
  });
  it('reads `enligt bilaga A`', () => {
    expect(item('Planen upprättas enligt bilaga A.')).toEqual(['A']);
  });
  it('leaves an appendix of another document', () => {
    expect(item('Villkoren står i bilaga 2 till samverkansavtalet.')).toEqual([]);
  });
});
