// An association's board minutes with a column of attendance marks beside the names, the mark
// followed by what is said of the person after a comma (`Lina Holm      X, mötesordf. § 20-28`,
// `X, ej § 25-28`, `X, § 24-25`): the mark says who came, and the rest is read as the person's; the
// cross is no organisation. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a mark and a remark in one column', () => {
  it('reads the mark off and the rest as the person\'s', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL NR 4/2019', 'Möte med föreningens styrelse den 9 mars 2019', '',
        'Ledamöter              Närvarande',
        'Lina Holm              X, mötesordf. § 20-28',
        'Per Ek                 X',
        'Sara Lund              Anmält förhinder',
        'Jonas Berg             X, ej § 25-28',
        'Övriga',
        'Kim Ås                 X, § 24-25', '',
        '§ 20 Val av justerare', 'Beslut', 'att utse Per Ek till justerare.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.organisation, p.position, p.paragraphs, p.note])).toEqual([
      ['Lina Holm', 'member', null, 'mötesordförande', { from: 20, to: 28 }, null],
      ['Per Ek', 'member', null, null, null, null],
      ['Sara Lund', 'absent', null, null, null, null],
      ['Jonas Berg', 'member', null, null, null, 'ej § 25-28'],
      ['Kim Ås', 'other', null, null, { from: 24, to: 25 }, null],
    ]);
  });
});
