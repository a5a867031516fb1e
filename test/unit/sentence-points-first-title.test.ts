// A point that is sentences alone on its number's line (`§ 59. Olle lämnar styrelsen. Ett varmt tack
// riktades till honom.`): the first sentence titles it and the others are its text; what any of
// them decides is still read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...points: string[]): string => text('Protokoll fört vid styrelsemöte 2019-05-02', '', 'Närvarande: Per, Lena, Olle', '', ...points.flatMap((p) => [p, '']));

describe('a point of sentences alone', () => {
  it('the first sentence is the title, the others the text', () => {
    const doc = meetingDoc(
      minutes('§ 12. Ordföranden hälsar välkommen och öppnar mötet.', '§ 13. Olle kommer att lämna styrelsen. Ett varmt tack riktades till honom för hans år.', '§ 14. Mötet avslutas.'),
    );
    expect(item(doc, 13).title).toBe('Olle kommer att lämna styrelsen');
    expect(item(doc, 13).text).toBe('Ett varmt tack riktades till honom för hans år.');
  });

  it('a decision in the first sentence is still read', () => {
    const doc = meetingDoc(minutes('§ 12. Mötet öppnas.', '§ 13. Styrelsen beslutade att anta budgeten för 2020. Kassören får i uppdrag att redovisa utfallet.', '§ 14. Mötet avslutas.'));
    expect(item(doc, 13).title).toBe('Styrelsen beslutade att anta budgeten för 2020');
    expect(item(doc, 13).decisions.map((d) => d.text)).toContain('Styrelsen beslutade att anta budgeten för 2020.');
  });
});
