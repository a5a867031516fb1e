// A list of officials written `Name, position` and flattened onto one line without its line
// breaks (`Ulla Berg, sekr Sara Ek, kanslichef Bo Lind`): the list opens on a bare name and the
// part after it on a position, so each position is the name's before it, not the next one's
// (a list written position first opens on its position: `Kommunchef Eva Ek, sekreterare Bo Lind`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const doc = (others: string) => meetingDoc(text(
  'PROTOKOLL', 'Kommunfullmäktige 2024-03-05', '',
  'Beslutande: Per Holm (S), ordförande, Eva Lund (M)',
  `Övriga närvarande: ${others}`,
  'Utses att justera: Eva Lund', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.',
));
const others = (t: string): string[] => doc(t).participants.filter((p) => p.role === 'other').map((p) => `${p.name}|${p.position ?? ''}`);

describe('positions after the names they follow, the list run on', () => {
  it('gives an abbreviated position to the name before it', () => {
    expect(others('Ulla Berg, sekr Sara Ek Svensson, kanslichef Bo Lind')).toEqual(['Ulla Berg|sekreterare', 'Sara Ek Svensson|kanslichef', 'Bo Lind|']);
  });

  it('keeps a list written position first as it is', () => {
    expect(others('Kommunchef Ulla Berg, sekreterare Sara Ek Svensson')).toEqual(['Ulla Berg|kommunchef', 'Sara Ek Svensson|sekreterare']);
  });

  it('reads the list’s last person after `och` as one of their own', () => {
    expect(others('Ulla Berg, sekr Sara Ek Svensson och Vera Dahl')).toEqual(['Ulla Berg|sekreterare', 'Sara Ek Svensson|', 'Vera Dahl|']);
  });
});
