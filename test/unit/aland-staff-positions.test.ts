// Åland's and Finland's Swedish names of two officials' posts, after the name in a list of other attendees written
// surname first (`Wik Lena, socialarbetare, 21, kl. 17:00-18:00`): the social worker's and the town planner's.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('the social worker and the planner as positions', () => {
  it('are read as the officials’ positions', () => {
    const doc = meetingDoc(
      'PROTOKOLL\nKommunstyrelsen, Norrviks kommun\nDatum: 2023-03-15\nPlats: Kommunkansliet\n\nÖvriga närvarande: Wik Lena, socialarbetare, Strand Per, planläggare\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n',
    );
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Wik Lena', 'socialarbetare'],
      ['Strand Per', 'planläggare'],
    ]);
  });
});
