// A board's minutes listing `Närvarande` and then `Adjungerade` (co-opted, taking no part in deciding):
// as beside `Övriga närvarande`, the first list is the board's members and the co-opted are others.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...lists: string[]) =>
  meetingDoc(text('Protokoll styrelsemöte 2024-03-02', '', ...lists, '', '1. Mötets öppnande', 'Ordföranden öppnade mötet.', '2. Val av justerare', 'Eva Holm valdes.'));

const roles = (doc: ReturnType<typeof meetingDoc>) => doc.participants.map((p) => [p.name, p.role]);

describe('`Närvarande` beside `Adjungerade`', () => {
  it.each(['Adjungerade', 'Adjungerad', 'Adjungerande'])('lists the members beside `%s`', (heading) => {
    expect(roles(minutes('Närvarande: Tove Lind, Eva Holm, Per Ås', `${heading}: Nils Ek, Sara Berg`))).toEqual([
      ['Tove Lind', 'member'], ['Eva Holm', 'member'], ['Per Ås', 'member'], ['Nils Ek', 'other'], ['Sara Berg', 'other'],
    ]);
  });

  it('keeps a `Närvarande` list alone as it was (guard)', () => {
    expect(roles(minutes('Närvarande: Tove Lind, Eva Holm, Per Ås')).map((p) => p[1])).toEqual(['other', 'other', 'other']);
  });
});
