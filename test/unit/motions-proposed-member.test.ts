// A member's motion in plain language outside a heading over the motions: the mover named with
// a party in brackets, then `föreslår` (`Lena Åkerblom (C) föreslår att ärendet bordläggs.`).
// A party marks a member of the organ, so what the member proposes at the meeting is a motion, not
// the item's proposal; an organ or an official that proposes stays the proposal, and an author of
// the document the item handles (`… föreslår i sin motion …`) proposes nothing at this meeting.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';
import { processOf } from './process-helpers.js';

const motions = (...lines: string[]): [string[], string[], string][] => processOf(lines.join('\n')).motions.map((m) => [m.by, m.parties, m.text]);

describe('a member that `föreslår` outside a heading over the motions', () => {
  it('moves, named with a party', () => {
    expect(motions('Förvaltningen har tagit fram ett underlag.', '', 'Lena Åkerblom (C) föreslår att ärendet bordläggs.', 'Tore Nyblom (KD) föreslår bifall till förvaltningens förslag.')).toEqual([
      [['Lena Åkerblom'], ['C'], 'att ärendet bordläggs'],
      [['Tore Nyblom'], ['KD'], 'bifall till förvaltningens förslag'],
    ]);
  });

  it('and is no proposal of the item', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Tekniska nämnden',
        'Sammanträdesdatum 2024-05-21',
        '',
        '§ 31 Gångbro över Ekån',
        'Förvaltningen redovisar två alternativ för en ny gångbro.',
        '',
        'Lena Åkerblom (C) föreslår att alternativ två väljs.',
        '',
        'Tekniska nämnden beslutar att välja alternativ två.',
      ),
    );
    const item = doc.items[0]!;
    expect(item.motions!.map((m) => [m.by, m.parties, m.text])).toEqual([[['Lena Åkerblom'], ['C'], 'att alternativ två väljs']]);
    expect(item.proposal).toBeNull();
  });

  it('not without a party, nor an organ, nor the author of a motion', () => {
    expect(motions('Förbundschef Ola Ring föreslår att styrelsen godkänner planen.')).toEqual([]);
    expect(motions('Arbetsutskottet föreslår att styrelsen godkänner planen.')).toEqual([]);
    expect(motions('Ärendebeskrivning', 'Lena Åkerblom (C) föreslår i en motion att kommunen bygger en gångbro.')).toEqual([]);
  });
});
