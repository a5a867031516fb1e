// A § heading that runs its title on with the election it made, the sentence opening on the office
// (`§ 8 Val av sekreterare. Till sekreterare valdes Ivar Holm.`): title, then the decision; before,
// only an office whose word happened to end like a verb was cut off. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL',
    'Fört vid årsmöte med Odlarföreningen Ekbacken 2024-04-18',
    '',
    '§ 8 Val av sekreterare. Till sekreterare valdes Ivar Holm.',
    '§ 9 Val av revisorer. Till revisorer för ett år valdes Tyra Lind och Ola Berg.',
  ),
);

describe('a title run on with an election that opens on the office', () => {
  it('is title and decision', () => {
    expect([8, 9].map((n) => [item(doc, n).title, item(doc, n).decisions.map((d) => d.text)])).toEqual([
      ['Val av sekreterare', ['Till sekreterare valdes Ivar Holm.']],
      ['Val av revisorer', ['Till revisorer för ett år valdes Tyra Lind och Ola Berg.']],
    ]);
  });
});
