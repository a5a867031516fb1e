// A `Bilagor` / `Bilaga:` heading over a numbered list of the documents: the numbers are the attachments.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const HEAD = ['PROTOKOLL', 'Styrelsen för Samordningsförbundet Västby', 'Datum: 2024-03-12', 'Plats: Kommunhuset, Västby', ''];
const item = (lines: string[]): string[] => meetingDoc([...HEAD, '§ 1 Uppföljning', 'Kansliet redovisar uppföljningen.', ...lines, '', 'Styrelsen beslutar att lägga uppföljningen till handlingarna.'].join('\n')).items[0]!.attachments;

describe('a numbered list under an attachments’ heading', () => {
  it('reads each number under `Bilagor:`', () => {
    expect(item(['Bilagor:', '1. Uppföljningsrapport', '2. Indikatorer för 2024', '3. Ekonomisk rapport'])).toEqual(['1', '2', '3']);
  });
  it('reads `1)` entries under `Bilaga`', () => {
    expect(item(['', 'Bilaga', '1) Uppföljningsrapport', '2) Indikatorer'])).toEqual(['1', '2']);
  });
  it('leaves a numbered list under another heading', () => {
    expect(item(['Åtgärder:', '1. Uppföljningsrapport', '2. Indikatorer'])).toEqual([]);
  });
});
