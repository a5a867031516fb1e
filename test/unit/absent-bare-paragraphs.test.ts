// Swedish-language Finnish minutes note the §§ a member missed with no § sign
// (`Bergqvist Hans, medlem, ej närvarande 45`, `… ej närvarande 43-44, 46`): the position stops
// before the remark, which is the note, and the §§ attended stay unknown. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the §§ missed, without their sign', () => {
  it('keeps the position and notes the remark', () => {
    const doc = meetingDoc(
      text(
        'MÖTESPROTOKOLL 3/2019', 'Kommunstyrelsen', 'Datum 14.5.2019', '',
        'Närvarande medlemmar',
        'Ahlskog Mona, ordförande',
        'Bergqvist Hans, medlem, ej närvarande 45',
        'Lund Eva, medlem, ej närvarande 43-44, 46', '',
        '§ 42 Mötets konstituering', 'Mötet konstaterades lagligt sammankallat och beslutfört.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.paragraphs, p.note])).toEqual([
      ['Ahlskog Mona', 'ordförande', null, null],
      ['Bergqvist Hans', null, null, 'ej närvarande 45'],
      ['Lund Eva', null, null, 'ej närvarande 43-44, 46'],
    ]);
  });
});
