// An organisation whose name is a genitive and a noun, both capitalised (`Sjöbygdens Samordningsförbund`,
// `Skogsarbetarnas Riksförbund`, `Norra Ekdalens Kommunalförbund`), after a person's name: the genitive is the
// organisation's first word, not a note beside the bare noun. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, minutes } from './helpers.js';

const people = (participants: string): (string | null)[][] =>
  meetingDoc(minutes({ participants })).participants.map((p) => [p.name, p.organisation, p.note]);

describe('a genitive before an organisation noun', () => {
  it('is the organisation\'s first word', () => {
    expect(people('Övriga närvarande\nLisa Holm, Sjöbygdens Samordningsförbund\nPer Ask, Norra Ekdalens Kommunalförbund\nEva Rud, Skogsarbetarnas Riksförbund\n')).toEqual([
      ['Lisa Holm', 'Sjöbygdens Samordningsförbund', null],
      ['Per Ask', 'Norra Ekdalens Kommunalförbund', null],
      ['Eva Rud', 'Skogsarbetarnas Riksförbund', null],
    ]);
  });

  it('is not a surname ending in s after a given name', () => {
    expect(people('Övriga närvarande\nAnna Fors Försäkringskassan\nBo Ek, Försäkringskassan\n')).toEqual([
      ['Anna Fors', 'Försäkringskassan', null],
      ['Bo Ek', 'Försäkringskassan', null],
    ]);
  });
});
