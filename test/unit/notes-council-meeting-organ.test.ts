// Notes titled by the organ's meeting as one word (`Regionrådsmöte`, `Utskottsmöte`): the
// organ that meets is read from it, and the notes' past tense (`Regionrådet godkände …`) then
// states that organ's own decisions. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('an organ named by its meeting in one word', () => {
  it('a council meeting names the council, whose past-tense decisions are the notes\' own', () => {
    const doc = meetingDoc(
      text(
        'Minnesanteckningar Regionrådsmöte 2022-04-19',
        '',
        'Närvarande: Per Holm, Lena Sjö, Ida Berg',
        '',
        '1. Mötets öppnande',
        'Per Holm öppnade mötet.',
        '',
        '2. Turismsamverkan',
        'Regionrådet godkände rapporten om turismsamverkan.',
        '',
        '3. Budget',
        'Regionrådet beslutade att anta budgeten för 2023.',
      ),
    );
    expect(doc.meeting?.body).toBe('regionråd');
    expect(item(doc, 2).decisions.map((d) => d.by)).toEqual(['Regionrådet']);
    expect(item(doc, 3).decisions.map((d) => [d.by, d.text])).toEqual([['Regionrådet', 'Regionrådet beslutade att anta budgeten för 2023.']]);
  });
});
