// A roll written as numbered lists under its headings (`Närvarande` / `1. Anna Ek (S)` …, `Frånvarande` / `1. …`):
// a list of people is a roll, never the agenda, even where a heading has one person under it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a numbered roll with one person under a heading', () => {
  it('reads the one absent member counted on from the present ones as absent, and the points after as the agenda', () => {
    const doc = meetingDoc(
      text(
        'Protokoll fört vid styrelsens sammanträde',
        'Vattenförbundet Sörån',
        'Datum: 2025-08-26',
        'Närvarande:',
        '1. Greta Lindahl, ordförande',
        '2. Emil Sundin',
        '3. Ronja Hedlund',
        'Frånvarande:',
        '4. Nils Åkesson',
        '',
        '1) Sammanträdets öppnande',
        'Ordföranden öppnade sammanträdet.',
        '2) Provtagning i Sörån',
        'Styrelsen beslutade att utöka provtagningen.',
        '3) Övriga frågor',
        'Inga övriga frågor.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Greta Lindahl', 'member'],
      ['Emil Sundin', 'member'],
      ['Ronja Hedlund', 'member'],
      ['Nils Åkesson', 'absent'],
    ]);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Sammanträdets öppnande'],
      [2, 'Provtagning i Sörån'],
      [3, 'Övriga frågor'],
    ]);
  });

  it('reads a lone `1.` under `Ej närvarande` with a party as a person, not as point 1', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Socialnämndens arbetsutskott, Korpdala kommun',
        'Sammanträdesdatum: 2024-12-03',
        '',
        'Ej närvarande',
        '1. Hampus Öberg (KD)',
        '',
        'Närvarande',
        '1. Liv Karlberg (S)',
        '2. Sara Mäki (M)',
        '',
        '1. Val av justerare',
        'Sara Mäki utses att justera.',
        '2. Riktlinjer för försörjningsstöd',
        'Arbetsutskottet föreslår nämnden att anta riktlinjerna.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Hampus Öberg', 'absent', 'KD'],
      ['Liv Karlberg', 'member', 'S'],
      ['Sara Mäki', 'member', 'M'],
    ]);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Riktlinjer för försörjningsstöd'],
    ]);
  });
});
